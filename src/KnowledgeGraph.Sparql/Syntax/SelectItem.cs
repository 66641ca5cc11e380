namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>One projected variable: <c>?v</c> or <c>(expr AS ?v)</c>.</summary>
/// <param name="Variable">The variable's name.</param>
/// <param name="Expression">The expression, or null for a plain variable.</param>
public sealed record SelectItem(string Variable, Expression? Expression = null);
