namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>!a</c> (of the effective boolean value).</summary>
/// <param name="Operand">The negated expression.</param>
public sealed record NotExpression(Expression Operand) : Expression;
