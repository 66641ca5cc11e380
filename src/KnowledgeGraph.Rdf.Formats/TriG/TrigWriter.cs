using KnowledgeGraph.Rdf.Formats.Turtle.Internal;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.TriG;

/// <summary>
/// Writes pretty RDF 1.1 TriG: the default graph as plain Turtle statements, then each named graph as a
/// <c>name { ... }</c> block laid out like <see cref="Turtle.TurtleWriter"/>. Blank nodes shared between graphs or
/// naming graphs keep labels, so reading the output back gives an isomorphic dataset. With
/// <see cref="RdfWriterOptions.Canonical"/>, graphs, subjects, predicates and objects are sorted.
/// </summary>
public sealed class TrigWriter : IRdfWriter
{
    /// <inheritdoc/>
    public void Write(IEnumerable<Quad> quads, TextWriter output, RdfWriterOptions options) =>
        TurtleDocumentWriter.Write(quads, output, options, isTrig: true);
}
