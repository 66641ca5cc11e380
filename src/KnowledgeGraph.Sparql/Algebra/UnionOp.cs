namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Union: the solutions of both sides (a bag; duplicates kept).</summary>
/// <param name="Left">The first branch.</param>
/// <param name="Right">The second branch.</param>
public sealed record UnionOp(AlgebraOp Left, AlgebraOp Right) : AlgebraOp;
