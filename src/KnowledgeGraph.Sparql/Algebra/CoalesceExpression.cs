namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>COALESCE(...)</c>: the first argument that evaluates without error.</summary>
/// <param name="Arguments">The candidates.</param>
public sealed record CoalesceExpression(IReadOnlyList<Expression> Arguments) : Expression;
