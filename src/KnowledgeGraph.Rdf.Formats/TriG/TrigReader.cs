using KnowledgeGraph.Rdf.Formats.Turtle.Internal;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.TriG;

/// <summary>
/// Reads RDF 1.1 TriG (<see href="https://www.w3.org/TR/trig/"/>): Turtle plus graph blocks (<c>GRAPH</c> keyword,
/// default-graph <c>{ }</c> blocks, blank-node graph names). Each statement's quads are yielded as soon as it ends;
/// blank node labels are scoped to the document and replaced by fresh ones. In lenient mode a bad statement is skipped
/// up to its final <c>.</c> (or the <c>}</c> closing its graph), and a graph block whose opening is bad is skipped whole.
/// </summary>
public sealed class TrigReader : IRdfReader
{
    /// <inheritdoc/>
    public IEnumerable<Quad> Read(Stream input, RdfReaderOptions options) => TurtleStatementStream.Read(input, options, isTrig: true);

    /// <inheritdoc/>
    public IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options) => TurtleStatementStream.Read(input, options, isTrig: true);
}
