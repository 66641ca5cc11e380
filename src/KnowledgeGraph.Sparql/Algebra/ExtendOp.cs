namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Extend (BIND): binds <see cref="Variable"/> to the expression's value; an evaluation error leaves it unbound.</summary>
/// <param name="Input">The extended pattern.</param>
/// <param name="Variable">The bound variable's name.</param>
/// <param name="Expression">The value.</param>
public sealed record ExtendOp(AlgebraOp Input, string Variable, Expression Expression) : AlgebraOp;
