namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>EXISTS { P }</c> / <c>NOT EXISTS { P }</c>: P evaluated with the current solution's bindings substituted.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Negated">Whether this is NOT EXISTS.</param>
public sealed record ExistsExpression(AlgebraOp Pattern, bool Negated = false) : Expression;
