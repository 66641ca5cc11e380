namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>The solution modifiers of a query.</summary>
/// <param name="GroupBy">The GROUP BY conditions (empty when absent).</param>
/// <param name="Having">The HAVING constraints (empty when absent).</param>
/// <param name="OrderBy">The ORDER BY conditions (empty when absent).</param>
/// <param name="Limit">LIMIT, or null.</param>
/// <param name="Offset">OFFSET, or null.</param>
public sealed record SolutionModifier(
    SyntaxList<GroupCondition> GroupBy,
    SyntaxList<Expression> Having,
    SyntaxList<OrderCondition> OrderBy,
    long? Limit,
    long? Offset)
{
    /// <summary>No modifiers.</summary>
    public static SolutionModifier Empty { get; } = new(SyntaxList<GroupCondition>.Empty, SyntaxList<Expression>.Empty, SyntaxList<OrderCondition>.Empty, null, null);
}
