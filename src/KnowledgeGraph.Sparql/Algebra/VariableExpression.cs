namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A variable reference; unbound is an evaluation error. Aggregates are referred to through their output variable.</summary>
/// <param name="Name">The variable's name, without <c>?</c>.</param>
public sealed record VariableExpression(string Name) : Expression;
