namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// LeftJoin (OPTIONAL): each left solution merged with every compatible right solution for which
/// <see cref="Filter"/> holds over the merge, or kept alone when there is none.
/// </summary>
/// <param name="Left">The required side.</param>
/// <param name="Right">The optional side.</param>
/// <param name="Filter">The OPTIONAL group's filter, evaluated over the merged solution; null for none.</param>
public sealed record LeftJoinOp(AlgebraOp Left, AlgebraOp Right, Expression? Filter = null) : AlgebraOp;
