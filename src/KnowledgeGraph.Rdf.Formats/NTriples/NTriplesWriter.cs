using KnowledgeGraph.Rdf.Formats.NTriples.Internal;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.NTriples;

/// <summary>
/// Writes N-Triples (<see href="https://www.w3.org/TR/n-triples/"/>), one statement per line ending in LF. By default
/// it streams: each statement is written as it comes. With <see cref="RdfWriterOptions.Canonical"/> it writes
/// canonical N-Triples (<see href="https://www.w3.org/TR/rdf12-n-triples/#canonical-ntriples"/>): canonical escapes,
/// lower-case language tags, statements sorted by code point and without duplicates, which needs all of them in memory.
/// </summary>
public sealed class NTriplesWriter : IRdfWriter
{
    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">A quad is outside the default graph: N-Triples has no graphs.</exception>
    public void Write(IEnumerable<Quad> quads, TextWriter output, RdfWriterOptions options) =>
        StatementWriter.Write(quads, output, options, allowGraphs: false);
}
