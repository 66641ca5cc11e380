namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>An aggregate whose value a <see cref="GroupOp"/> binds to a variable; later operators refer to that variable.</summary>
/// <param name="Variable">The output variable.</param>
/// <param name="Aggregate">The aggregate.</param>
public sealed record AggregateBinding(string Variable, Aggregate Aggregate);
