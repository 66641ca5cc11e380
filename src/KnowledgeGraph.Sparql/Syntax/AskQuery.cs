namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>An ASK query.</summary>
/// <param name="Dataset">The dataset clauses.</param>
/// <param name="Where">The WHERE pattern.</param>
/// <param name="Modifier">The solution modifiers.</param>
/// <param name="Values">The trailing VALUES, or null.</param>
public sealed record AskQuery(DatasetClause Dataset, GroupPattern Where, SolutionModifier Modifier, InlineData? Values)
    : SparqlQuery(Dataset, Where, Modifier, Values);
