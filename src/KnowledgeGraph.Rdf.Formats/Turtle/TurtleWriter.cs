using KnowledgeGraph.Rdf.Formats.Turtle.Internal;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>
/// Writes pretty RDF 1.1 Turtle: <c>@prefix</c> lines for those of <see cref="RdfWriterOptions.Prefixes"/> the
/// output uses, <c>a</c> for <c>rdf:type</c>, statements grouped by subject with <c>;</c> and <c>,</c>, blank
/// nodes used once nested as <c>[ ... ]</c> and lists as <c>( ... )</c>. Reading the output back gives an isomorphic
/// graph. With <see cref="RdfWriterOptions.Canonical"/>, subjects, predicates and objects are sorted.
/// The whole input is held in memory while writing.
/// </summary>
public sealed class TurtleWriter : IRdfWriter
{
    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">A quad is outside the default graph (nothing is written then).</exception>
    public void Write(IEnumerable<Quad> quads, TextWriter output, RdfWriterOptions options) =>
        TurtleDocumentWriter.Write(quads, output, options, isTrig: false);
}
