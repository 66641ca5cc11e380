using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using RocksDbSharp;

namespace KnowledgeGraph.Rdf.RocksDb.Internal;

/// <summary>
/// A read view of a <see cref="RocksDbQuadStore"/>: a RocksDB snapshot and the read options bound to it, so every
/// index scan, dictionary lookup and counter read sees the same commit. Each enumeration opens its own iterator, so
/// any number of threads may read one snapshot. Disposing it releases the RocksDB snapshot.
/// </summary>
internal sealed class RocksDbSnapshot : IDatasetSnapshot
{
    /// <summary>Above this many keys a pattern's count is estimated from the per-term counters instead of counted.</summary>
    private const int CountingLimit = 10_000;

    private readonly RocksDbQuadStore _store;
    private readonly Snapshot _snapshot;
    private readonly ReadOptions _read;
    private readonly Lazy<DatasetStatistics> _statistics;
    private readonly Lazy<List<int>> _namedGraphs;
    private int _disposed;

    public RocksDbSnapshot(RocksDbQuadStore store)
    {
        _store = store;
        _snapshot = store.Database.CreateSnapshot();
        _read = new ReadOptions().SetSnapshot(_snapshot);
        Count = Counter(StoreLayout.CounterKey(StoreLayout.QuadCount));
        _statistics = new(ReadStatistics, LazyThreadSafetyMode.ExecutionAndPublication);
        _namedGraphs = new(() => [.. CounterRun(StoreLayout.GraphCount).Select(static e => e.Id).Where(static g => g != 0)], LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public long Count { get; }

    public DatasetStatistics Statistics => _statistics.Value;

    public IEnumerable<Term> NamedGraphs => _namedGraphs.Value.Select(id => GetTerm(new TermId(id)));

    public IEnumerable<TermId> NamedGraphIds => _namedGraphs.Value.Select(static id => new TermId(id));

    public bool Contains(Quad quad)
    {
        int g = quad.Graph is null ? 0 : Find(quad.Graph);
        int s = Find(quad.Subject), p = Find(quad.Predicate), o = Find(quad.Object);
        if ((quad.Graph is not null && g == 0) || s == 0 || p == 0 || o == 0)
        {
            return false;
        }
        Span<byte> key = stackalloc byte[IndexOrder.KeyLength];
        IndexOrder.Gspo.WriteKey(new IdQuad(s, p, o, g), key);
        ThrowIfDisposed();
        return _store.Database.HasKey(key, _store.Index(IndexOrder.Gspo), _read);
    }

    public IEnumerable<Quad> Match(QuadPattern pattern) =>
        TryEncode(pattern, out QuadIdPattern ids) ? MatchIds(ids).Select(Decode) : [];

    public IEnumerable<QuadIds> MatchIds(QuadIdPattern pattern)
    {
        if (!PatternRange.TryCreate(pattern, out PatternRange range))
        {
            return [];
        }
        return Scan(range).Select(static q => new QuadIds(new TermId(q.S), new TermId(q.P), new TermId(q.O), new TermId(q.G)));
    }

    public long EstimateCount(QuadIdPattern pattern)
    {
        if (!PatternRange.TryCreate(pattern, out PatternRange range))
        {
            return 0;
        }
        if (ExactFromCounters(range) is long exact)
        {
            return exact;
        }
        long counted = 0;
        foreach (IdQuad _ in Scan(range))
        {
            if (++counted == CountingLimit)
            {
                return Math.Max(counted, UpperBoundFromCounters(range));
            }
        }
        return counted;
    }

    public bool TryGetTermId(Term term, [MaybeNullWhen(false)] out TermId id)
    {
        int found = Find(term);
        id = new TermId(found);
        return found != 0;
    }

    public Term GetTerm(TermId id)
    {
        if (id.Value is <= 0 or > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown term id.");
        }
        ThrowIfDisposed();
        return _store.Terms.FindTerm((int)id.Value, _read)
            ?? throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown term id.");
    }

    public bool TryEncode(QuadPattern pattern, out QuadIdPattern idPattern)
    {
        idPattern = default;
        int s = 0, p = 0, o = 0, g = 0;
        if ((pattern.Subject is not null && (s = Find(pattern.Subject)) == 0)
            || (pattern.Predicate is not null && (p = Find(pattern.Predicate)) == 0)
            || (pattern.Object is not null && (o = Find(pattern.Object)) == 0)
            || (pattern.Scope == GraphScope.OneGraph && (pattern.Graph is null || (g = Find(pattern.Graph)) == 0)))
        {
            return false;
        }
        idPattern = new QuadIdPattern(
            pattern.Subject is null ? null : new TermId(s),
            pattern.Predicate is null ? null : new TermId(p),
            pattern.Object is null ? null : new TermId(o),
            pattern.Scope,
            new TermId(g));
        return true;
    }

    public Quad Decode(QuadIds ids) => new(
        GetTerm(ids.Subject),
        (Iri)GetTerm(ids.Predicate),
        GetTerm(ids.Object),
        ids.Graph.IsDefaultGraph ? null : GetTerm(ids.Graph));

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _store.Forget(this);
        }
    }

    /// <summary>Releases the RocksDB snapshot; called once, by <see cref="Dispose"/> or by the store closing.</summary>
    internal void Release()
    {
        Volatile.Write(ref _disposed, 1);
        _snapshot.Dispose();
    }

    // Every read goes through one of these checks: after release the native snapshot (or database) is gone.
    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);

    private int Find(Term term)
    {
        ThrowIfDisposed();
        return _store.Terms.Find(term, _read);
    }

    private IEnumerable<IdQuad> Scan(PatternRange range)
    {
        ThrowIfDisposed();
        IndexOrder order = range.Order;
        byte[] prefix = range.Prefix(out int prefixLength);
        using Iterator iterator = _store.Database.NewIterator(_store.Index(order), _read);
        iterator.Seek(range.SeekKey(prefixLength));
        while (iterator.Valid())
        {
            if (!TryRead(iterator, order, prefix.AsSpan(0, prefixLength), out IdQuad quad))
            {
                yield break;
            }
            if (range.Accepts(quad))
            {
                yield return quad;
            }
            iterator.Next();
        }
    }

    // Spans cannot live across a yield, so the key is read and checked here.
    private static bool TryRead(Iterator iterator, IndexOrder order, ReadOnlySpan<byte> prefix, out IdQuad quad)
    {
        ReadOnlySpan<byte> key = iterator.GetKeySpan();
        quad = default;
        if (!key.StartsWith(prefix))
        {
            return false;
        }
        quad = order.ReadKey(key);
        return true;
    }

    // The counters give exact answers for an unbound pattern and for one bound term over all graphs.
    private long? ExactFromCounters(PatternRange range)
    {
        int bound = (range.Subject != 0 ? 1 : 0) + (range.Predicate != 0 ? 1 : 0) + (range.Object != 0 ? 1 : 0);
        if (bound == 0)
        {
            return range.Scope switch
            {
                GraphScope.AllGraphs => Count,
                GraphScope.NamedGraphs => Count - Counter(StoreLayout.CounterKey(StoreLayout.GraphCount, 0)),
                _ => Counter(StoreLayout.CounterKey(StoreLayout.GraphCount, range.Graph)),
            };
        }
        if (bound == 1 && range.Scope == GraphScope.AllGraphs)
        {
            return UpperBoundFromCounters(range);
        }
        return null;
    }

    private long UpperBoundFromCounters(PatternRange range)
    {
        long bound = long.MaxValue;
        if (range.Subject != 0)
        {
            bound = Math.Min(bound, Counter(StoreLayout.CounterKey(StoreLayout.SubjectCount, range.Subject)));
        }
        if (range.Predicate != 0)
        {
            bound = Math.Min(bound, Counter(StoreLayout.CounterKey(StoreLayout.PredicateCount, range.Predicate)));
        }
        if (range.Object != 0)
        {
            bound = Math.Min(bound, Counter(StoreLayout.CounterKey(StoreLayout.ObjectCount, range.Object)));
        }
        return bound == long.MaxValue ? Count : bound;
    }

    private long Counter(byte[] key)
    {
        ThrowIfDisposed();
        return StoreLayout.ReadLong(_store.Database.Get(key, _store.StatsFamily, _read));
    }

    private List<(int Id, long Count)> CounterRun(byte kind)
    {
        ThrowIfDisposed();
        using Iterator iterator = _store.Database.NewIterator(_store.StatsFamily, _read);
        iterator.Seek([kind]);
        var run = new List<(int, long)>();
        while (iterator.Valid())
        {
            byte[] key = iterator.Key();
            if (key.Length != 5 || key[0] != kind)
            {
                break;
            }
            run.Add((StoreLayout.ReadId(key.AsSpan(1)), StoreLayout.ReadLong(iterator.Value())));
            iterator.Next();
        }
        return run;
    }

    private DatasetStatistics ReadStatistics() => new(
        Count,
        CounterRun(StoreLayout.GraphCount).ToDictionary(static e => new TermId(e.Id), static e => e.Count),
        CounterRun(StoreLayout.PredicateCount).ToDictionary(static e => new TermId(e.Id), static e => e.Count),
        Counter(StoreLayout.CounterKey(StoreLayout.DistinctSubjects)),
        Counter(StoreLayout.CounterKey(StoreLayout.DistinctObjects)));
}
