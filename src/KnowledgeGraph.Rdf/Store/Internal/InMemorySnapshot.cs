using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Store.Internal;

/// <summary>
/// One committed state of an <see cref="InMemoryQuadStore"/>. It is immutable (the graph map and every index in it
/// are never changed after publication), so it doubles as the snapshot handed to readers: taking a snapshot is one
/// volatile read, and any number of threads may share it.
/// </summary>
internal sealed class InMemorySnapshot : IDatasetSnapshot
{
    private readonly Lazy<DatasetStatistics> _statistics;

    public InMemorySnapshot(TermDictionary dictionary, ImmutableSortedDictionary<int, GraphIndex> graphs)
    {
        Dictionary = dictionary;
        Graphs = graphs;
        long count = 0;
        foreach (GraphIndex graph in graphs.Values)
        {
            count += graph.Count;
        }
        Count = count;
        _statistics = new Lazy<DatasetStatistics>(() => StatisticsBuilder.Build(Graphs, Count), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The store's dictionary (shared by all snapshots; append-only).</summary>
    public TermDictionary Dictionary { get; }

    /// <summary>Graph id (0 = default graph) to its indexes; empty graphs are absent.</summary>
    public ImmutableSortedDictionary<int, GraphIndex> Graphs { get; }

    public long Count { get; }

    public DatasetStatistics Statistics => _statistics.Value;

    public IEnumerable<Term> NamedGraphs => Graphs.Keys.Where(static id => id != 0).Select(Dictionary.GetTerm);

    public IEnumerable<TermId> NamedGraphIds => Graphs.Keys.Where(static id => id != 0).Select(static id => new TermId(id));

    public bool Contains(Quad quad)
    {
        int g = quad.Graph is null ? 0 : Dictionary.Find(quad.Graph);
        if ((quad.Graph is not null && g == 0) || !Graphs.TryGetValue(g, out GraphIndex? graph))
        {
            return false;
        }
        int s = Dictionary.Find(quad.Subject), p = Dictionary.Find(quad.Predicate), o = Dictionary.Find(quad.Object);
        return s != 0 && p != 0 && o != 0 && graph.Contains(new IdTriple(s, p, o));
    }

    public IEnumerable<Quad> Match(QuadPattern pattern) =>
        TryEncode(pattern, out QuadIdPattern ids) ? MatchIds(ids).Select(Decode) : [];

    public IEnumerable<QuadIds> MatchIds(QuadIdPattern pattern)
    {
        if (!TryNarrow(pattern, out int s, out int p, out int o))
        {
            return [];
        }
        return SelectGraphs(pattern).SelectMany(entry =>
        {
            var graph = new TermId(entry.Key);
            return entry.Value.Match(s, p, o).Select(t => new QuadIds(new TermId(t.A), new TermId(t.B), new TermId(t.C), graph));
        });
    }

    public long EstimateCount(QuadIdPattern pattern)
    {
        if (!TryNarrow(pattern, out int s, out int p, out int o))
        {
            return 0;
        }
        long total = 0;
        foreach (KeyValuePair<int, GraphIndex> entry in SelectGraphs(pattern))
        {
            total += entry.Value.CountMatches(s, p, o);
        }
        return total;
    }

    public bool TryGetTermId(Term term, [MaybeNullWhen(false)] out TermId id)
    {
        int found = Dictionary.Find(term);
        id = new TermId(found);
        return found != 0;
    }

    public Term GetTerm(TermId id)
    {
        if (id.Value <= 0 || id.Value > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown term id.");
        }
        return Dictionary.GetTerm((int)id.Value);
    }

    public bool TryEncode(QuadPattern pattern, out QuadIdPattern idPattern)
    {
        idPattern = default;
        TermId? s = null, p = null, o = null;
        TermId g = default;
        if (!TryEncodeOptional(pattern.Subject, ref s) || !TryEncodeOptional(pattern.Predicate, ref p) || !TryEncodeOptional(pattern.Object, ref o))
        {
            return false;
        }
        if (pattern.Scope == GraphScope.OneGraph)
        {
            if (pattern.Graph is null || !TryGetTermId(pattern.Graph, out g))
            {
                return false;
            }
        }
        idPattern = new QuadIdPattern(s, p, o, pattern.Scope, g);
        return true;
    }

    public Quad Decode(QuadIds ids) => new(
        GetTerm(ids.Subject),
        (Iri)GetTerm(ids.Predicate),
        GetTerm(ids.Object),
        ids.Graph.IsDefaultGraph ? null : GetTerm(ids.Graph));

    public void Dispose()
    {
        // Nothing to release: the state is immutable and collected when no longer referenced.
    }

    private bool TryEncodeOptional(Term? term, ref TermId? id)
    {
        if (term is null)
        {
            return true;
        }
        if (!TryGetTermId(term, out TermId found))
        {
            return false;
        }
        id = found;
        return true;
    }

    private static bool TryNarrow(QuadIdPattern pattern, out int s, out int p, out int o)
    {
        p = o = 0;
        return TryNarrow(pattern.Subject, out s) && TryNarrow(pattern.Predicate, out p) && TryNarrow(pattern.Object, out o);
    }

    private static bool TryNarrow(TermId? id, out int value)
    {
        value = 0;
        if (id is null)
        {
            return true;
        }
        if (id.Value.Value <= 0 || id.Value.Value > int.MaxValue)
        {
            return false;
        }
        value = (int)id.Value.Value;
        return true;
    }

    private IEnumerable<KeyValuePair<int, GraphIndex>> SelectGraphs(QuadIdPattern pattern)
    {
        switch (pattern.Scope)
        {
            case GraphScope.AllGraphs:
                return Graphs;
            case GraphScope.DefaultGraph:
                return One(0);
            case GraphScope.NamedGraphs:
                return Graphs.Where(static entry => entry.Key != 0);
            default:
                return pattern.Graph.Value is > 0 and <= int.MaxValue ? One((int)pattern.Graph.Value) : [];
        }
    }

    private IEnumerable<KeyValuePair<int, GraphIndex>> One(int graphId) =>
        Graphs.TryGetValue(graphId, out GraphIndex? graph) ? [new(graphId, graph)] : [];
}
