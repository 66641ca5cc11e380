namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>
/// Unwinds the parser from the point of a syntax error to the statement loop, which either rethrows it as
/// <see cref="RdfSyntaxException"/> (strict) or reports it and resynchronises (lenient).
/// </summary>
internal sealed class TurtleParseException(RdfSyntaxError error) : Exception(error.ToString())
{
    public RdfSyntaxError Error { get; } = error;
}
