namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>One ORDER BY condition.</summary>
/// <param name="Expression">The sort key.</param>
/// <param name="Descending">Whether the order is descending.</param>
public sealed record OrderCondition(Expression Expression, bool Descending = false);
