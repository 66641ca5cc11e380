namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A nested <c>SELECT</c> (grammar rule <c>SubSelect</c>; it has no dataset clause).</summary>
/// <param name="Query">The sub-query.</param>
public sealed record SubSelectPattern(SelectQuery Query) : GraphPattern;
