namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>One ORDER BY condition.</summary>
/// <param name="Expression">The sort key.</param>
/// <param name="Descending">True for <c>DESC(...)</c>.</param>
public sealed record OrderCondition(Expression Expression, bool Descending = false);
