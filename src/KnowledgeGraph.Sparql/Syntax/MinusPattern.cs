namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>MINUS { ... }</c>.</summary>
/// <param name="Pattern">The subtracted group.</param>
public sealed record MinusPattern(GroupPattern Pattern) : GraphPattern;
