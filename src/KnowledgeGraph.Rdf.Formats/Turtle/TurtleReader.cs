using KnowledgeGraph.Rdf.Formats.Turtle.Internal;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>
/// Reads RDF 1.1 Turtle (<see href="https://www.w3.org/TR/turtle/"/>), yielding the triples of each statement, in the
/// default graph, as soon as the statement ends. Relative IRIs resolve against <see cref="RdfReaderOptions.BaseIri"/>
/// and <c>@base</c>/<c>BASE</c>; blank node labels are scoped to the document and replaced by fresh ones.
/// In lenient mode a bad statement is skipped up to its final <c>.</c>. Property lists and collections may nest
/// 512 levels deep; deeper input is reported as a syntax error rather than risking the stack.
/// </summary>
public sealed class TurtleReader : IRdfReader
{
    /// <inheritdoc/>
    public IEnumerable<Quad> Read(Stream input, RdfReaderOptions options) => TurtleStatementStream.Read(input, options, isTrig: false);

    /// <inheritdoc/>
    public IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options) => TurtleStatementStream.Read(input, options, isTrig: false);
}
