namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>a IN (...)</c> / <c>a NOT IN (...)</c>: true if some member is <c>=</c>; an error only if none is and some comparison failed.</summary>
/// <param name="Operand">The tested value.</param>
/// <param name="Members">The candidates.</param>
/// <param name="Negated">Whether this is NOT IN.</param>
public sealed record InExpression(Expression Operand, IReadOnlyList<Expression> Members, bool Negated = false) : Expression;
