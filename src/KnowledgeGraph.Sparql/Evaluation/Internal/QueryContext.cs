using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>
/// The state of one query execution: the snapshot, the variable slots, the ids of terms the query computed that the
/// store does not know (negative, so they never collide with store ids and never match an index), the active dataset,
/// and the cancellation/time-limit check. Not shared between executions or threads.
/// </summary>
internal sealed class QueryContext
{
    private const int CheckInterval = 1024;
    private readonly Dictionary<Term, TermId> _localIds = [];
    private readonly List<Term> _localTerms = [];
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<string> _slotNames = [];
    private readonly CancellationToken _cancellation;
    private readonly long _deadline;
    private readonly TimeSpan _limit;
    private int _ticks;

    public QueryContext(IDatasetSnapshot snapshot, IFunctionLibrary functions, QueryOptions options)
    {
        Snapshot = snapshot;
        Functions = functions;
        FunctionContext = new FunctionContext(
            options.Now ?? DateTimeOffset.UtcNow,
            options.BaseIri,
            options.RandomSeed is { } seed ? new Random(seed) : new Random());
        _cancellation = options.CancellationToken;
        _limit = options.Timeout ?? TimeSpan.Zero;
        _deadline = options.Timeout is { } t ? Environment.TickCount64 + (long)Math.Ceiling(t.TotalMilliseconds) : long.MaxValue;
        ConfigureDataset(options.Dataset);
    }

    public IDatasetSnapshot Snapshot { get; }

    public IFunctionLibrary Functions { get; }

    public FunctionContext FunctionContext { get; }

    /// <summary>The active graph outside any GRAPH.</summary>
    public GraphSelector DefaultGraph { get; private set; }

    /// <summary>The ids of the FROM graphs merged into the default graph (when <see cref="DefaultGraph"/> is a merge).</summary>
    public IReadOnlyList<TermId> FromGraphs { get; private set; } = [];

    /// <summary>The named graphs GRAPH ranges over.</summary>
    public IReadOnlyList<TermId> NamedGraphs { get; private set; } = [];

    public HashSet<TermId> NamedGraphSet { get; private set; } = [];

    /// <summary>The number of slots a row has (fixed once compilation is over).</summary>
    public int Width => _slotNames.Count;

    public int Slot(string variable)
    {
        if (!_slots.TryGetValue(variable, out int slot))
        {
            slot = _slotNames.Count;
            _slots.Add(variable, slot);
            _slotNames.Add(variable);
        }
        return slot;
    }

    public bool TryGetSlot(string variable, out int slot) => _slots.TryGetValue(variable, out slot);

    public TermId[] NewRow() => new TermId[Width];

    /// <summary>The id of any term: the store's when it has one (so joins on ids equal term equality), else a local one.</summary>
    public TermId Encode(Term term)
    {
        if (Snapshot.TryGetTermId(term, out TermId id))
        {
            return id;
        }
        if (!_localIds.TryGetValue(term, out id))
        {
            _localTerms.Add(term);
            id = new TermId(-_localTerms.Count);
            _localIds.Add(term, id);
        }
        return id;
    }

    public Term Decode(TermId id) => id.Value < 0 ? _localTerms[(int)(-id.Value - 1)] : Snapshot.GetTerm(id);

    /// <summary>Checks cancellation and the time limit every <see cref="CheckInterval"/> calls; cheap enough for inner loops.</summary>
    public void Tick()
    {
        if (++_ticks % CheckInterval == 0)
        {
            CheckNow();
        }
    }

    public void CheckNow()
    {
        _cancellation.ThrowIfCancellationRequested();
        if (Environment.TickCount64 > _deadline)
        {
            throw new QueryTimeoutException(_limit);
        }
    }

    /// <summary>The quads of the active graph matching ids (null = any); local ids match nothing.</summary>
    public IEnumerable<QuadIds> Match(GraphSelector graph, TermId? s, TermId? p, TermId? o)
    {
        if (s is { Value: < 0 } || p is { Value: < 0 } || o is { Value: < 0 })
        {
            return [];
        }
        switch (graph.Kind)
        {
            case GraphSelectorKind.StoreDefault:
                return Snapshot.MatchIds(new QuadIdPattern(s, p, o, GraphScope.DefaultGraph));
            case GraphSelectorKind.Named:
                return graph.Graph.Value <= 0 ? [] : Snapshot.MatchIds(new QuadIdPattern(s, p, o, GraphScope.OneGraph, graph.Graph));
            default:
                return FromGraphs.Count == 1
                    ? Snapshot.MatchIds(new QuadIdPattern(s, p, o, GraphScope.OneGraph, FromGraphs[0]))
                    : MatchMerge(s, p, o);
        }
    }

    public long EstimateCount(GraphSelector graph, TermId? s, TermId? p, TermId? o)
    {
        if (s is { Value: < 0 } || p is { Value: < 0 } || o is { Value: < 0 })
        {
            return 0;
        }
        return graph.Kind switch
        {
            GraphSelectorKind.StoreDefault => Snapshot.EstimateCount(new QuadIdPattern(s, p, o, GraphScope.DefaultGraph)),
            GraphSelectorKind.Named => Snapshot.EstimateCount(new QuadIdPattern(s, p, o, GraphScope.OneGraph, graph.Graph)),
            _ => FromGraphs.Sum(g => Snapshot.EstimateCount(new QuadIdPattern(s, p, o, GraphScope.OneGraph, g))),
        };
    }

    // The merge of several graphs is a set of triples: a triple in two FROM graphs appears once.
    private IEnumerable<QuadIds> MatchMerge(TermId? s, TermId? p, TermId? o)
    {
        var seen = new HashSet<(TermId, TermId, TermId)>();
        foreach (TermId g in FromGraphs)
        {
            foreach (QuadIds quad in Snapshot.MatchIds(new QuadIdPattern(s, p, o, GraphScope.OneGraph, g)))
            {
                if (seen.Add((quad.Subject, quad.Predicate, quad.Object)))
                {
                    yield return new QuadIds(quad.Subject, quad.Predicate, quad.Object, TermId.DefaultGraph);
                }
            }
        }
    }

    private void ConfigureDataset(DatasetDescription? dataset)
    {
        if (dataset is null)
        {
            DefaultGraph = GraphSelector.StoreDefault;
            var named = new List<TermId>();
            foreach (Term graph in Snapshot.NamedGraphs)
            {
                if (Snapshot.TryGetTermId(graph, out TermId id))
                {
                    named.Add(id);
                }
            }
            NamedGraphs = named;
        }
        else
        {
            DefaultGraph = GraphSelector.FromMerge;
            FromGraphs = KnownIds(dataset.DefaultGraphs);
            NamedGraphs = KnownIds(dataset.NamedGraphs);
        }
        NamedGraphSet = [.. NamedGraphs];
    }

    private List<TermId> KnownIds(IEnumerable<Iri> graphs)
    {
        var ids = new List<TermId>();
        foreach (Iri graph in graphs.Distinct())
        {
            if (Snapshot.TryGetTermId(graph, out TermId id))
            {
                ids.Add(id);
            }
        }
        return ids;
    }
}
