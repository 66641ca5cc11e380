namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>The logical negation <c>!expr</c>.</summary>
/// <param name="Operand">The negated expression.</param>
public sealed record NotExpression(Expression Operand) : Expression;
