using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>The <c>FROM</c> and <c>FROM NAMED</c> clauses of a query (or <c>USING</c> / <c>USING NAMED</c> of an update).</summary>
/// <param name="Default">The graphs merged into the default graph, in order.</param>
/// <param name="Named">The named graphs, in order.</param>
public sealed record DatasetClause(SyntaxList<Iri> Default, SyntaxList<Iri> Named)
{
    /// <summary>No dataset clause.</summary>
    public static DatasetClause Empty { get; } = new(SyntaxList<Iri>.Empty, SyntaxList<Iri>.Empty);

    /// <summary>Whether no clause was given.</summary>
    public bool IsEmpty => Default.Count == 0 && Named.Count == 0;
}
