namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Projection: keeps only the listed variables; the others go out of scope (also for an enclosing query).</summary>
/// <param name="Input">The projected pattern.</param>
/// <param name="Variables">The kept variable names, in result order.</param>
public sealed record ProjectOp(AlgebraOp Input, IReadOnlyList<string> Variables) : AlgebraOp;
