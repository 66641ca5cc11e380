namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>a || b</c> with the spec's error-tolerant truth table (true wins over an error).</summary>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
public sealed record OrExpression(Expression Left, Expression Right) : Expression;
