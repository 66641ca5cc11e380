namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>SERVICE [SILENT] endpoint { ... }</c>.</summary>
/// <param name="Endpoint">The endpoint IRI or variable.</param>
/// <param name="Silent">Whether <c>SILENT</c> was given.</param>
/// <param name="Pattern">The group sent to the endpoint.</param>
public sealed record ServicePattern(PatternNode Endpoint, bool Silent, GroupPattern Pattern) : GraphPattern;
