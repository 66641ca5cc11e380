namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>a &amp;&amp; b</c> with the spec's error-tolerant truth table (false wins over an error).</summary>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
public sealed record AndExpression(Expression Left, Expression Right) : Expression;
