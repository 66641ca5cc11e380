using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Update.Internal;

/// <summary>
/// The view one update request works on: the store as it was when the request began plus the request's own pending
/// changes, so each operation sees the effects of the ones before it while the real store is untouched until commit.
/// </summary>
/// <remarks>
/// Design: the net change is kept as two sets against the base snapshot (quads added that were absent, quads removed
/// that were present), which is exactly what the final write batch applies. Reads need an <see cref="IDatasetSnapshot"/>
/// (the query engine works on term ids), so while nothing has changed reads go straight to the base snapshot; the first
/// read after a change copies base + changes into a private <see cref="InMemoryQuadStore"/> and from then on every
/// operation is also committed there, one private commit per operation. The copy costs one pass over the store, paid
/// only by requests whose later operations read after earlier ones wrote; single-operation requests never pay it.
/// The caller holds the real store's write batch for the whole request, so the base cannot change underneath.
/// </remarks>
internal sealed class UpdateWorkspace : IDisposable
{
    private readonly IDatasetSnapshot _base;
    private readonly HashSet<Quad> _added = [];
    private readonly HashSet<Quad> _removed = [];
    private readonly HashSet<Term> _createdGraphs = [];
    private InMemoryQuadStore? _private;
    private IDatasetSnapshot? _privateSnapshot;

    public UpdateWorkspace(IDatasetSnapshot baseSnapshot)
    {
        _base = baseSnapshot;
    }

    /// <summary>Quads added by the request so far (absent before it).</summary>
    public IReadOnlyCollection<Quad> Added => _added;

    /// <summary>Quads removed by the request so far (present before it).</summary>
    public IReadOnlyCollection<Quad> Removed => _removed;

    /// <summary>The dataset as the next operation must see it.</summary>
    public IDatasetSnapshot Current
    {
        get
        {
            if (_added.Count == 0 && _removed.Count == 0 && _private is null)
            {
                return _base;
            }
            if (_private is null)
            {
                _private = new InMemoryQuadStore();
                using (IQuadWriteBatch batch = _private.BeginWrite())
                {
                    foreach (Quad quad in _base.Match(QuadPattern.InAllGraphs()))
                    {
                        if (!_removed.Contains(quad))
                        {
                            batch.Add(quad);
                        }
                    }
                    foreach (Quad quad in _added)
                    {
                        batch.Add(quad);
                    }
                    batch.Commit();
                }
            }
            return _privateSnapshot ??= _private.OpenSnapshot();
        }
    }

    /// <summary>
    /// Whether a graph exists: it has a quad, or this request created it. The store keeps no empty graphs, so an
    /// empty graph made by CREATE lives only until the end of the request.
    /// </summary>
    public bool GraphExists(Term graph) =>
        _createdGraphs.Contains(graph) || Current.Match(QuadPattern.InGraph(graph)).Any();

    /// <summary>Records that CREATE made an (empty) graph.</summary>
    public void MarkCreated(Term graph) => _createdGraphs.Add(graph);

    /// <summary>Forgets a graph that DROP removed.</summary>
    public void MarkDropped(Term graph) => _createdGraphs.Remove(graph);

    /// <summary>Forgets every graph CREATE made (DROP NAMED / DROP ALL).</summary>
    public void ForgetCreatedGraphs() => _createdGraphs.Clear();

    /// <summary>The quads of one graph (null for the default graph), materialized so they may be changed after.</summary>
    public List<Quad> GraphQuads(Term? graph) => Current.Match(QuadPattern.InGraph(graph)).ToList();

    /// <summary>
    /// Applies one operation's changes: all removals first, then all insertions, as SPARQL Update requires
    /// (a quad both deleted and inserted by one operation is present afterwards).
    /// </summary>
    public void Apply(IReadOnlyCollection<Quad> removals, IReadOnlyCollection<Quad> insertions)
    {
        if (removals.Count == 0 && insertions.Count == 0)
        {
            return;
        }
        IDatasetSnapshot view = Current;
        var removedNow = new List<Quad>();
        foreach (Quad quad in removals)
        {
            if (view.Contains(quad))
            {
                removedNow.Add(quad);
            }
        }
        foreach (Quad quad in removedNow)
        {
            if (!_added.Remove(quad))
            {
                _removed.Add(quad);
            }
        }
        var insertedNow = new List<Quad>();
        var removedSet = new HashSet<Quad>(removedNow);
        var seen = new HashSet<Quad>();
        foreach (Quad quad in insertions)
        {
            if (seen.Add(quad) && (removedSet.Contains(quad) || !view.Contains(quad)))
            {
                insertedNow.Add(quad);
                if (!_removed.Remove(quad))
                {
                    _added.Add(quad);
                }
            }
        }
        if (_private is not null)
        {
            using IQuadWriteBatch batch = _private.BeginWrite();
            foreach (Quad quad in removedNow)
            {
                batch.Remove(quad);
            }
            foreach (Quad quad in insertedNow)
            {
                batch.Add(quad);
            }
            batch.Commit();
            _privateSnapshot?.Dispose();
            _privateSnapshot = null;
        }
    }

    /// <summary>Writes the request's net change into the real store's batch (the caller commits).</summary>
    public void WriteTo(IQuadWriteBatch batch)
    {
        foreach (Quad quad in _removed)
        {
            batch.Remove(quad);
        }
        foreach (Quad quad in _added)
        {
            batch.Add(quad);
        }
    }

    /// <summary>Releases the private copy.</summary>
    public void Dispose()
    {
        _privateSnapshot?.Dispose();
        _private?.Dispose();
    }
}
