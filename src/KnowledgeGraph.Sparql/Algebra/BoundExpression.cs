namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>BOUND(?v)</c>.</summary>
/// <param name="Variable">The variable's name.</param>
public sealed record BoundExpression(string Variable) : Expression;
