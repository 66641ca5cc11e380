using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Store.Internal;
using KnowledgeGraph.Rdf.Terms;
using RocksDbSharp;

namespace KnowledgeGraph.Rdf.RocksDb.Internal;

/// <summary>
/// The write batch of a <see cref="RocksDbQuadStore"/>; it holds the store's write lock from creation to commit or
/// dispose. Operations are recorded per graph as ids (new terms get ids from a batch-local counter); the commit keeps
/// the last operation per quad, checks presence against the committed indexes, and puts everything (new dictionary
/// entries, the next free id, the six index keys per changed quad, the counters) into one RocksDB write batch written
/// with sync. So a commit is all-or-nothing and durable when it returns, and a crash can leave no id without its term.
/// </summary>
internal sealed class RocksDbWriteBatch : IQuadWriteBatch
{
    private readonly RocksDbQuadStore _store;
    private readonly ReadOptions _latest = new();
    private readonly Dictionary<Term, int> _newIds = [];
    private readonly List<(byte[] Encoded, int Id)> _newTerms = [];
    private readonly PendingOperationLog _log = new();
    private int _nextId;
    private bool _finished;

    public RocksDbWriteBatch(RocksDbQuadStore store)
    {
        _store = store;
        _nextId = store.NextTermId;
    }

    public void Add(Quad quad)
    {
        ThrowIfFinished();
        QuadRules.ThrowIfNotStorable(quad);
        int g = quad.Graph is null ? 0 : GetOrAdd(quad.Graph);
        _log.Record(g, new IdTriple(GetOrAdd(quad.Subject), GetOrAdd(quad.Predicate), GetOrAdd(quad.Object)), add: true);
    }

    public void Remove(Quad quad)
    {
        ThrowIfFinished();
        ArgumentNullException.ThrowIfNull(quad.Subject);
        ArgumentNullException.ThrowIfNull(quad.Predicate);
        ArgumentNullException.ThrowIfNull(quad.Object);
        int g = quad.Graph is null ? 0 : Find(quad.Graph);
        int s = Find(quad.Subject), p = Find(quad.Predicate), o = Find(quad.Object);
        if ((quad.Graph is not null && g == 0) || s == 0 || p == 0 || o == 0)
        {
            return; // An unknown term means the quad cannot be present now or earlier in this batch.
        }
        _log.Record(g, new IdTriple(s, p, o), add: false);
    }

    public void ClearGraph(Term? graph)
    {
        ThrowIfFinished();
        int g = graph is null ? 0 : Find(graph);
        if (graph is not null && g == 0)
        {
            return;
        }
        _log.Clear(g);
    }

    public void Commit()
    {
        ThrowIfFinished();
        try
        {
            RocksDbSharp.RocksDb db = _store.Database;
            using var batch = new WriteBatch();
            foreach ((byte[] encoded, int id) in _newTerms)
            {
                byte[] idBytes = StoreLayout.Id(id);
                batch.Put(encoded, idBytes, _store.TermToIdFamily);
                batch.Put(idBytes, encoded, _store.IdToTermFamily);
            }
            if (_nextId != _store.NextTermId)
            {
                batch.Put(StoreLayout.NextTermIdKey, StoreLayout.Long(_nextId), db.GetDefaultColumnFamily());
            }
            var changes = new IndexChanges();
            foreach ((int graph, GraphOperations operations) in _log.Graphs)
            {
                ApplyGraph(changes, graph, operations);
            }
            changes.WriteTo(batch, _store);
            _store.Write(batch, _nextId);
        }
        finally
        {
            Finish();
        }
    }

    public void Dispose()
    {
        if (!_finished)
        {
            Finish();
        }
    }

    private void ApplyGraph(IndexChanges changes, int graph, GraphOperations operations)
    {
        List<(IdTriple Triple, bool Add)> last = LastPerTriple(operations.Pending);
        bool wasEmpty = !operations.Cleared && StoreLayout.ReadLong(_store.Database.Get(StoreLayout.CounterKey(StoreLayout.GraphCount, graph), _store.StatsFamily, _latest)) == 0;
        Span<byte> key = stackalloc byte[IndexOrder.KeyLength];
        if (operations.Cleared)
        {
            var kept = new HashSet<IdTriple>(last.Where(static l => l.Add).Select(static l => l.Triple));
            var present = new HashSet<IdTriple>();
            foreach (IdQuad quad in ScanGraph(graph))
            {
                var triple = new IdTriple(quad.S, quad.P, quad.O);
                if (kept.Contains(triple))
                {
                    present.Add(triple);
                }
                else
                {
                    changes.Deletes.Add(quad);
                }
            }
            foreach (IdTriple triple in kept)
            {
                if (!present.Contains(triple))
                {
                    changes.Puts.Add(new IdQuad(triple.A, triple.B, triple.C, graph));
                }
            }
            return;
        }
        foreach ((IdTriple triple, bool add) in last)
        {
            var quad = new IdQuad(triple.A, triple.B, triple.C, graph);
            bool present = false;
            if (!wasEmpty)
            {
                IndexOrder.Gspo.WriteKey(quad, key);
                present = _store.Database.HasKey(key, _store.Index(IndexOrder.Gspo), _latest);
            }
            if (add && !present)
            {
                changes.Puts.Add(quad);
            }
            else if (!add && present)
            {
                changes.Deletes.Add(quad);
            }
        }
    }

    private static List<(IdTriple Triple, bool Add)> LastPerTriple(List<PendingOperation> pending)
    {
        PendingOperation[] sorted = [.. pending];
        Array.Sort(sorted);
        var last = new List<(IdTriple, bool)>(sorted.Length);
        for (int i = 0; i < sorted.Length; i++)
        {
            if (i + 1 < sorted.Length && sorted[i + 1].Triple.Equals(sorted[i].Triple))
            {
                continue; // a later operation on the same triple wins
            }
            last.Add((sorted[i].Triple, sorted[i].IsAdd));
        }
        return last;
    }

    private List<IdQuad> ScanGraph(int graph)
    {
        var quads = new List<IdQuad>();
        byte[] prefix = StoreLayout.Id(graph);
        using Iterator iterator = _store.Database.NewIterator(_store.Index(IndexOrder.Gspo), _latest);
        for (iterator.Seek(prefix); iterator.Valid(); iterator.Next())
        {
            ReadOnlySpan<byte> key = iterator.GetKeySpan();
            if (!key.StartsWith(prefix))
            {
                break;
            }
            quads.Add(IndexOrder.Gspo.ReadKey(key));
        }
        return quads;
    }

    private int Find(Term term) =>
        _newIds.TryGetValue(term, out int id) ? id : _store.Terms.Find(term, _latest);

    // The term is encoded once, for both the lookup and (when new) the dictionary entry.
    private int GetOrAdd(Term term)
    {
        if (_newIds.TryGetValue(term, out int id))
        {
            return id;
        }
        byte[] encoded = TermDictionary.Encode(term, GetOrAdd)!;
        id = _store.Terms.Find(term, encoded, _latest);
        if (id != 0)
        {
            return id;
        }
        if (_nextId == int.MaxValue)
        {
            throw new InvalidOperationException("The store's dictionary is full (2^31 - 1 terms).");
        }
        id = _nextId++;
        _newIds[term] = id;
        _newTerms.Add((encoded, id));
        return id;
    }



    private void ThrowIfFinished() => ObjectDisposedException.ThrowIf(_finished, this);

    private void Finish()
    {
        _finished = true;
        _log.Reset();
        _newIds.Clear();
        _newTerms.Clear();
        _store.ReleaseWriter();
    }
}
