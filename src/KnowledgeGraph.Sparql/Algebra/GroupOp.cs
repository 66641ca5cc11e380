namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Group + aggregation: one output solution per group, binding the named keys and the aggregates. With no keys, the
/// whole input is one group even when empty (so <c>COUNT</c> gives 0); with keys, no input gives no output.
/// </summary>
/// <param name="Input">The grouped pattern.</param>
/// <param name="Keys">The GROUP BY keys (empty for an implicit single group).</param>
/// <param name="Aggregates">The aggregates to compute per group.</param>
public sealed record GroupOp(AlgebraOp Input, IReadOnlyList<GroupKey> Keys, IReadOnlyList<AggregateBinding> Aggregates) : AlgebraOp;
