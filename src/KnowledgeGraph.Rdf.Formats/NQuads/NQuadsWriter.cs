using KnowledgeGraph.Rdf.Formats.NTriples.Internal;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.NQuads;

/// <summary>
/// Writes N-Quads (<see href="https://www.w3.org/TR/n-quads/"/>), one statement per line ending in LF, with the graph label (if any) before the final <c>.</c>. By default
/// it streams: each statement is written as it comes. With <see cref="RdfWriterOptions.Canonical"/> it writes
/// canonical N-Quads (<see href="https://www.w3.org/TR/rdf12-n-triples/#canonical-ntriples"/>): canonical escapes,
/// lower-case language tags, statements sorted by code point and without duplicates, which needs all of them in memory.
/// </summary>
public sealed class NQuadsWriter : IRdfWriter
{
    /// <inheritdoc/>
    public void Write(IEnumerable<Quad> quads, TextWriter output, RdfWriterOptions options) =>
        StatementWriter.Write(quads, output, options, allowGraphs: true);
}
