namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A CONSTRUCT query.</summary>
/// <param name="Template">The template triples (for the short form, the triples of the WHERE pattern).</param>
/// <param name="IsShortForm">Whether it was written <c>CONSTRUCT WHERE { ... }</c>.</param>
/// <param name="Dataset">The dataset clauses.</param>
/// <param name="Where">The WHERE pattern.</param>
/// <param name="Modifier">The solution modifiers.</param>
/// <param name="Values">The trailing VALUES, or null.</param>
public sealed record ConstructQuery(
    SyntaxList<TriplePattern> Template,
    bool IsShortForm,
    DatasetClause Dataset,
    GroupPattern Where,
    SolutionModifier Modifier,
    InlineData? Values) : SparqlQuery(Dataset, Where, Modifier, Values);
