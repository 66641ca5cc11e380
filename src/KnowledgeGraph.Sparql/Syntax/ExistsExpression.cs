namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>EXISTS { ... }</c> or <c>NOT EXISTS { ... }</c>.</summary>
/// <param name="Pattern">The group graph pattern.</param>
/// <param name="Negated">True for <c>NOT EXISTS</c>.</param>
public sealed record ExistsExpression(GroupPattern Pattern, bool Negated) : Expression;
