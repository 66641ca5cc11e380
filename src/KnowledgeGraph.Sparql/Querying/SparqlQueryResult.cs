using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Translation;

namespace KnowledgeGraph.Sparql.Querying;

/// <summary>The result of running a query: solutions or a boolean (SELECT, ASK) or a graph (CONSTRUCT, DESCRIBE).</summary>
public sealed class SparqlQueryResult
{
    private SparqlQueryResult(QueryForm form, SparqlResultSet? results, IReadOnlyList<Triple>? triples, bool ordered)
    {
        Form = form;
        Results = results;
        Triples = triples;
        IsOrdered = ordered;
    }

    /// <summary>The query form that produced this result.</summary>
    public QueryForm Form { get; }

    /// <summary>The solutions (SELECT) or the answer (ASK); null for CONSTRUCT and DESCRIBE.</summary>
    public SparqlResultSet? Results { get; }

    /// <summary>The graph (CONSTRUCT, DESCRIBE), each triple once; null for SELECT and ASK.</summary>
    public IReadOnlyList<Triple>? Triples { get; }

    /// <summary>Whether the query had ORDER BY at the top, so the order of <see cref="Results"/> is significant.</summary>
    public bool IsOrdered { get; }

    /// <summary>A SELECT or ASK result.</summary>
    public static SparqlQueryResult ForResults(QueryForm form, SparqlResultSet results, bool ordered)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new(form, results, null, ordered);
    }

    /// <summary>A CONSTRUCT or DESCRIBE result.</summary>
    public static SparqlQueryResult ForGraph(QueryForm form, IReadOnlyList<Triple> triples)
    {
        ArgumentNullException.ThrowIfNull(triples);
        return new(form, null, triples, false);
    }
}
