namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A DESCRIBE query.</summary>
/// <param name="Targets">The described IRIs and variables in order; empty for <c>DESCRIBE *</c>.</param>
/// <param name="Dataset">The dataset clauses.</param>
/// <param name="Where">The WHERE pattern, or null.</param>
/// <param name="Modifier">The solution modifiers.</param>
/// <param name="Values">The trailing VALUES, or null.</param>
public sealed record DescribeQuery(
    SyntaxList<PatternNode> Targets,
    DatasetClause Dataset,
    GroupPattern? Where,
    SolutionModifier Modifier,
    InlineData? Values) : SparqlQuery(Dataset, Where, Modifier, Values)
{
    /// <summary>Whether this is <c>DESCRIBE *</c>.</summary>
    public bool IsDescribeAll => Targets.Count == 0;
}
