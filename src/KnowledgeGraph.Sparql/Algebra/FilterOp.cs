namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Filter: the solutions of <see cref="Input"/> whose condition has effective boolean value true (errors drop the row).</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Input">The filtered pattern.</param>
public sealed record FilterOp(Expression Condition, AlgebraOp Input) : AlgebraOp;
