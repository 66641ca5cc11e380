using System.Collections.Immutable;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Store.Internal;

/// <summary>
/// The write batch of an <see cref="InMemoryQuadStore"/>. It holds the store's write lock from creation until
/// commit or dispose. Operations are recorded per graph as ids; the commit sorts each graph's operations once,
/// keeps the last per triple, and builds new immutable graph indexes. A graph that is empty (or was cleared)
/// before the batch is built directly by sorting, which makes a single large batch the bulk-load path.
/// </summary>
internal sealed class InMemoryWriteBatch : IQuadWriteBatch
{
    private readonly InMemoryQuadStore _store;
    private readonly TermDictionary _dictionary;
    private readonly PendingOperationLog _log = new();
    private bool _finished;

    public InMemoryWriteBatch(InMemoryQuadStore store, TermDictionary dictionary)
    {
        _store = store;
        _dictionary = dictionary;
    }

    public void Add(Quad quad)
    {
        ThrowIfFinished();
        QuadRules.ThrowIfNotStorable(quad);
        int g = quad.Graph is null ? 0 : _dictionary.GetOrAdd(quad.Graph);
        var triple = new IdTriple(_dictionary.GetOrAdd(quad.Subject), _dictionary.GetOrAdd(quad.Predicate), _dictionary.GetOrAdd(quad.Object));
        _log.Record(g, triple, add: true);
    }

    public void Remove(Quad quad)
    {
        ThrowIfFinished();
        ArgumentNullException.ThrowIfNull(quad.Subject);
        ArgumentNullException.ThrowIfNull(quad.Predicate);
        ArgumentNullException.ThrowIfNull(quad.Object);
        int g = quad.Graph is null ? 0 : _dictionary.Find(quad.Graph);
        int s = _dictionary.Find(quad.Subject), p = _dictionary.Find(quad.Predicate), o = _dictionary.Find(quad.Object);
        if ((quad.Graph is not null && g == 0) || s == 0 || p == 0 || o == 0)
        {
            return; // An unknown term means the quad cannot be present now or earlier in this batch.
        }
        _log.Record(g, new IdTriple(s, p, o), add: false);
    }

    public void ClearGraph(Term? graph)
    {
        ThrowIfFinished();
        int g = graph is null ? 0 : _dictionary.Find(graph);
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
            InMemorySnapshot current = _store.Current;
            ImmutableSortedDictionary<int, GraphIndex>.Builder graphs = current.Graphs.ToBuilder();
            foreach ((int graphId, GraphOperations operations) in _log.Graphs)
            {
                GraphIndex before = operations.Cleared ? GraphIndex.Empty : graphs.GetValueOrDefault(graphId, GraphIndex.Empty);
                GraphIndex after = ApplyOperations(before, operations.Pending);
                if (after.Count == 0)
                {
                    graphs.Remove(graphId);
                }
                else
                {
                    graphs[graphId] = after;
                }
            }
            _store.Publish(new InMemorySnapshot(_dictionary, graphs.ToImmutable()));
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

    private static GraphIndex ApplyOperations(GraphIndex before, List<PendingOperation> pending)
    {
        if (pending.Count == 0)
        {
            return before;
        }
        PendingOperation[] sorted = [.. pending];
        pending.Clear();
        Array.Sort(sorted);
        var adds = new List<IdTriple>();
        var removes = new List<IdTriple>();
        for (int i = 0; i < sorted.Length; i++)
        {
            if (i + 1 < sorted.Length && sorted[i + 1].Triple.Equals(sorted[i].Triple))
            {
                continue; // a later operation on the same triple wins
            }
            PendingOperation last = sorted[i];
            bool present = before.Count > 0 && before.Contains(last.Triple);
            if (last.IsAdd && !present)
            {
                adds.Add(last.Triple);
            }
            else if (!last.IsAdd && present)
            {
                removes.Add(last.Triple);
            }
        }
        return before.Count == 0 ? GraphIndex.Build([.. adds]) : before.Apply([.. adds], [.. removes]);
    }



    private void ThrowIfFinished() => ObjectDisposedException.ThrowIf(_finished, this);

    private void Finish()
    {
        _finished = true;
        _log.Reset();
        _store.ReleaseWriter();
    }
}
