using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Remote;

/// <summary>
/// One view of a remote dataset. Matches are paged SELECTs (<see cref="PatternQuery"/>); term ids are assigned here,
/// per snapshot, as terms are met, since the remote store's own ids are not visible through SPARQL. The remote data may
/// change between two queries of one snapshot: SPARQL offers no snapshot isolation across requests. Blank nodes cannot
/// be named in a query (a blank node there is a variable), so a pattern that binds one matches nothing. With
/// <paramref name="defaultGraphOnly"/> (a default graph was chosen with <c>default-graph-uri</c>) the dataset is that
/// graph alone: Virtuoso still ranges <c>GRAPH ?g</c> over every graph it holds, system graphs included.
/// </summary>
internal sealed class RemoteSparqlSnapshot(SparqlSelectClient client, int pageSize, bool defaultGraphOnly) : IDatasetSnapshot
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Term, TermId> _ids = [];
    // Index 0 stands for the default graph (TermId.DefaultGraph), so real terms start at 1.
    private readonly List<Term?> _terms = [null];
    private long? _count;

    public long Count => _count ??= CountAll();

    public DatasetStatistics Statistics => new(Count, new Dictionary<TermId, long>(), new Dictionary<TermId, long>(), Count, Count);

    public IEnumerable<Term> NamedGraphs
    {
        get
        {
            if (defaultGraphOnly)
            {
                yield break;
            }
            for (long offset = 0; ; offset += pageSize)
            {
                SparqlResultSet page = client.Select(string.Create(CultureInfo.InvariantCulture,
                    $"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} ORDER BY ?g LIMIT {pageSize} OFFSET {offset}"));
                foreach (QuerySolution row in page.Solutions)
                {
                    yield return row.Bindings["g"];
                }
                if (page.Solutions.Count < pageSize)
                {
                    yield break;
                }
            }
        }
    }

    public IEnumerable<TermId> NamedGraphIds => NamedGraphs.Select(Id);

    public bool Contains(Quad quad) =>
        Match(quad.Graph is null ? QuadPattern.InDefaultGraph(quad.Subject, quad.Predicate, quad.Object) : QuadPattern.InGraph(quad.Graph, quad.Subject, quad.Predicate, quad.Object)).Any();

    public IEnumerable<Quad> Match(QuadPattern pattern)
    {
        if (defaultGraphOnly)
        {
            if (pattern.Scope is GraphScope.NamedGraphs or GraphScope.OneGraph)
            {
                yield break;
            }
            pattern = pattern with { Scope = GraphScope.DefaultGraph };
        }
        if (pattern.Subject is BlankNode || pattern.Object is BlankNode || (pattern.Scope == GraphScope.OneGraph && pattern.Graph is not Iri))
        {
            yield break;
        }
        for (long offset = 0; ; offset += pageSize)
        {
            SparqlResultSet page = client.Select(PatternQuery.Select(pattern, pageSize, offset));
            foreach (QuerySolution row in page.Solutions)
            {
                IReadOnlyDictionary<string, Term> b = row.Bindings;
                Term? graph = pattern.Scope switch
                {
                    GraphScope.DefaultGraph => null,
                    GraphScope.OneGraph => pattern.Graph,
                    _ => b.GetValueOrDefault("g"),
                };
                yield return new Quad(pattern.Subject ?? b["s"], pattern.Predicate ?? (Iri)b["p"], pattern.Object ?? b["o"], graph);
            }
            if (page.Solutions.Count < pageSize)
            {
                yield break;
            }
        }
    }

    public IEnumerable<QuadIds> MatchIds(QuadIdPattern pattern) =>
        Match(Decode(pattern)).Select(q => new QuadIds(Id(q.Subject), Id(q.Predicate), Id(q.Object), q.Graph is null ? TermId.DefaultGraph : Id(q.Graph)));

    public long EstimateCount(QuadIdPattern pattern)
    {
        // A planner's guess without a round trip per estimate: each bound position makes a pattern far more selective.
        int bound = (pattern.Subject is null ? 0 : 1) + (pattern.Predicate is null ? 0 : 1) + (pattern.Object is null ? 0 : 1);
        return Math.Max(1, Count / (long)Math.Pow(100, bound));
    }

    public bool TryGetTermId(Term term, [MaybeNullWhen(false)] out TermId id)
    {
        // Every term gets an id: whether the remote store holds it is only known by asking, and a match answers that.
        id = Id(term);
        return true;
    }

    public Term GetTerm(TermId id)
    {
        lock (_gate)
        {
            return id.Value > 0 && id.Value < _terms.Count ? _terms[(int)id.Value]! : throw new ArgumentOutOfRangeException(nameof(id), id, "not an id of this snapshot");
        }
    }

    public bool TryEncode(QuadPattern pattern, out QuadIdPattern idPattern)
    {
        idPattern = new QuadIdPattern(
            pattern.Subject is null ? null : Id(pattern.Subject),
            pattern.Predicate is null ? null : Id(pattern.Predicate),
            pattern.Object is null ? null : Id(pattern.Object),
            pattern.Scope,
            pattern.Scope == GraphScope.OneGraph && pattern.Graph is not null ? Id(pattern.Graph) : default);
        return true;
    }

    public Quad Decode(QuadIds ids) =>
        new(GetTerm(ids.Subject), (Iri)GetTerm(ids.Predicate), GetTerm(ids.Object), ids.Graph.IsDefaultGraph ? null : GetTerm(ids.Graph));

    public void Dispose()
    {
    }

    private QuadPattern Decode(QuadIdPattern pattern) => new(
        pattern.Subject is { } s ? GetTerm(s) : null,
        pattern.Predicate is { } p ? (Iri)GetTerm(p) : null,
        pattern.Object is { } o ? GetTerm(o) : null,
        pattern.Scope,
        pattern.Scope == GraphScope.OneGraph ? GetTerm(pattern.Graph) : null);

    private TermId Id(Term term)
    {
        lock (_gate)
        {
            if (!_ids.TryGetValue(term, out TermId id))
            {
                id = new TermId(_terms.Count);
                _terms.Add(term);
                _ids[term] = id;
            }
            return id;
        }
    }

    private long CountAll()
    {
        SparqlResultSet answer = client.Select(defaultGraphOnly
            ? "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
            : "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }");
        return answer.Solutions.Count == 1 && answer.Solutions[0].Bindings.TryGetValue("n", out Term? n) && n is Literal count
            && long.TryParse(count.LexicalForm, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value)
            ? value
            : throw new RemoteStoreException("the remote count query did not answer one integer ?n");
    }
}
