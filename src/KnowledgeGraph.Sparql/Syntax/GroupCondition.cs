namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>One GROUP BY condition: a variable, an expression, or <c>(expr AS ?v)</c>.</summary>
/// <param name="Expression">The grouping expression (a <see cref="VariableExpression"/> for a plain variable).</param>
/// <param name="Alias">The variable named by <c>AS</c>, or null.</param>
public sealed record GroupCondition(Expression Expression, string? Alias = null);
