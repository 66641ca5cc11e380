namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>DISTINCT: removes duplicate solutions, keeping the first occurrence's position.</summary>
/// <param name="Input">The pattern.</param>
public sealed record DistinctOp(AlgebraOp Input) : AlgebraOp;
