namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A SELECT query (also the form of a sub-query).</summary>
/// <param name="Projection">DISTINCT / REDUCED.</param>
/// <param name="Items">The projection in order; empty for <c>SELECT *</c>.</param>
/// <param name="Dataset">The dataset clauses.</param>
/// <param name="Where">The WHERE pattern.</param>
/// <param name="Modifier">The solution modifiers.</param>
/// <param name="Values">The trailing VALUES, or null.</param>
public sealed record SelectQuery(
    ProjectionModifier Projection,
    SyntaxList<SelectItem> Items,
    DatasetClause Dataset,
    GroupPattern Where,
    SolutionModifier Modifier,
    InlineData? Values) : SparqlQuery(Dataset, Where, Modifier, Values)
{
    /// <summary>Whether this is <c>SELECT *</c>.</summary>
    public bool IsSelectAll => Items.Count == 0;

    /// <summary>The WHERE pattern (never null for SELECT).</summary>
    public new GroupPattern Where => base.Where!;
}
