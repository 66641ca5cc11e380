namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>REDUCED: may remove duplicates; the evaluator removes adjacent duplicates only, so it streams.</summary>
/// <param name="Input">The pattern.</param>
public sealed record ReducedOp(AlgebraOp Input) : AlgebraOp;
