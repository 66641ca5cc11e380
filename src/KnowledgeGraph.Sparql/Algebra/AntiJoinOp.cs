namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Anti-join (not a section 18 operator; produced by the optimizer from OPTIONAL + FILTER(!BOUND)): the left solutions
/// for which no compatible right solution satisfies <see cref="Filter"/> over the merge. Unlike MINUS, a right
/// solution sharing no variable with the left one still counts as a match.
/// </summary>
/// <param name="Left">The kept side.</param>
/// <param name="Right">The excluding side.</param>
/// <param name="Filter">The filter a match must satisfy, or null.</param>
public sealed record AntiJoinOp(AlgebraOp Left, AlgebraOp Right, Expression? Filter = null) : AlgebraOp;
