namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A parsed SPARQL query: its form-specific part plus what all forms share. IRIs are already resolved.</summary>
/// <param name="Dataset">The <c>FROM</c> / <c>FROM NAMED</c> clauses.</param>
/// <param name="Where">The <c>WHERE</c> pattern; null only for a <c>DESCRIBE</c> without one.</param>
/// <param name="Modifier">GROUP BY, HAVING, ORDER BY, LIMIT and OFFSET.</param>
/// <param name="Values">The trailing <c>VALUES</c> block, or null.</param>
public abstract record SparqlQuery(DatasetClause Dataset, GroupPattern? Where, SolutionModifier Modifier, InlineData? Values)
{
    /// <summary>
    /// The base IRI in effect after the prologue (the last <c>BASE</c>, else the one given to the parser), or null.
    /// <c>IRI()</c> and <c>URI()</c> resolve against it at run time (SPARQL 1.1 section 17.4.2.8).
    /// </summary>
    public string? BaseIri { get; init; }
}
