namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>expr IN (...)</c> or <c>expr NOT IN (...)</c>.</summary>
/// <param name="Operand">The tested expression.</param>
/// <param name="Candidates">The list (possibly empty).</param>
/// <param name="Negated">True for <c>NOT IN</c>.</param>
public sealed record InExpression(Expression Operand, SyntaxList<Expression> Candidates, bool Negated) : Expression;
