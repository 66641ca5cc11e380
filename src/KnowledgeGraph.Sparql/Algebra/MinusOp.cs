namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>MINUS: the left solutions with no compatible right solution that shares at least one bound variable with it.</summary>
/// <param name="Left">The kept side.</param>
/// <param name="Right">The subtracted side.</param>
public sealed record MinusOp(AlgebraOp Left, AlgebraOp Right) : AlgebraOp;
