using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;

namespace KnowledgeGraph.Sparql.Translation;

/// <summary>A query turned into algebra (SPARQL 1.1 section 18.2), with what its form needs beyond the pattern.</summary>
/// <param name="Form">Which query form it is.</param>
/// <param name="Algebra">The algebra expression: for SELECT the full solution-sequence expression with its modifiers.</param>
/// <param name="Dataset">The FROM / FROM NAMED dataset, or null when the query names none.</param>
/// <param name="Template">The CONSTRUCT template (blank nodes stay blank nodes); empty for other forms.</param>
/// <param name="DescribeTargets">The DESCRIBE resources, IRIs or variables; empty for other forms.</param>
/// <param name="IsOrdered">Whether the outermost query has ORDER BY, so the order of its solutions is significant.</param>
public sealed record TranslatedQuery(
    QueryForm Form,
    AlgebraOp Algebra,
    DatasetDescription? Dataset,
    IReadOnlyList<TriplePattern> Template,
    IReadOnlyList<PatternTerm> DescribeTargets,
    bool IsOrdered)
{
    /// <summary>The query's base IRI (from <c>BASE</c> or the parser's), which <c>IRI()</c> resolves against; or null.</summary>
    public string? BaseIri { get; init; }
}
