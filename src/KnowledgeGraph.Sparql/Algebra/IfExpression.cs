namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>IF(c, a, b)</c>: evaluates only the chosen branch; an error in the condition is an error.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Then">The value when true.</param>
/// <param name="Else">The value when false.</param>
public sealed record IfExpression(Expression Condition, Expression Then, Expression Else) : Expression;
