namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Join: every merge of compatible solutions of both sides.</summary>
/// <param name="Left">The left side.</param>
/// <param name="Right">The right side.</param>
public sealed record JoinOp(AlgebraOp Left, AlgebraOp Right) : AlgebraOp;
