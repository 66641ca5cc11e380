namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>The logical-or <c>||</c> (evaluated with SPARQL's error-tolerant truth table).</summary>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
public sealed record OrExpression(Expression Left, Expression Right) : Expression;
