namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>ORDER BY: sorts by the conditions in turn (stable; keys that fail to evaluate sort as unbound).</summary>
/// <param name="Input">The sorted pattern.</param>
/// <param name="Conditions">The sort keys.</param>
public sealed record OrderByOp(AlgebraOp Input, IReadOnlyList<OrderCondition> Conditions) : AlgebraOp;
