namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>An aggregate: <c>COUNT</c>, <c>SUM</c>, <c>MIN</c>, <c>MAX</c>, <c>AVG</c>, <c>SAMPLE</c> or <c>GROUP_CONCAT</c>.</summary>
/// <param name="Name">The upper-case keyword, e.g. <c>COUNT</c>.</param>
/// <param name="Distinct">Whether <c>DISTINCT</c> was given.</param>
/// <param name="Argument">The aggregated expression; null for <c>COUNT(*)</c>.</param>
/// <param name="Separator">The <c>GROUP_CONCAT</c> separator if one was given, else null (the default is a space).</param>
public sealed record AggregateExpression(string Name, bool Distinct, Expression? Argument, string? Separator = null) : Expression;
