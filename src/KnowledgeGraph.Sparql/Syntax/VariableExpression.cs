namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A variable in an expression.</summary>
/// <param name="Name">The name without <c>?</c>.</param>
public sealed record VariableExpression(string Name) : Expression;
