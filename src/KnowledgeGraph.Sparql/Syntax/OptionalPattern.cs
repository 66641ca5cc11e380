namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>OPTIONAL { ... }</c>.</summary>
/// <param name="Pattern">The optional group.</param>
public sealed record OptionalPattern(GroupPattern Pattern) : GraphPattern;
