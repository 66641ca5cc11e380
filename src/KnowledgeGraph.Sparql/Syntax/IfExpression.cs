namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>IF(condition, then, else)</c>.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Then">The value when the condition is true.</param>
/// <param name="Else">The value when it is false.</param>
public sealed record IfExpression(Expression Condition, Expression Then, Expression Else) : Expression;
