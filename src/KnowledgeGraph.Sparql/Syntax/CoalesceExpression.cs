namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>COALESCE(e1, e2, ...)</c>.</summary>
/// <param name="Arguments">The candidates in order (possibly none).</param>
public sealed record CoalesceExpression(SyntaxList<Expression> Arguments) : Expression;
