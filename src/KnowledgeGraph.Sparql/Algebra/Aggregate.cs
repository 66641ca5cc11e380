namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>An aggregate call.</summary>
/// <param name="Kind">The set function.</param>
/// <param name="Argument">The aggregated expression; null only for <c>COUNT(*)</c>.</param>
/// <param name="Distinct">Whether duplicates are removed before aggregating.</param>
/// <param name="Separator">GROUP_CONCAT's separator (a single space when null).</param>
public sealed record Aggregate(AggregateKind Kind, Expression? Argument, bool Distinct = false, string? Separator = null);
