using System.Collections.Immutable;
using KnowledgeGraph.Rdf.Store.Internal;

namespace KnowledgeGraph.Rdf.Store;

/// <summary>
/// An in-memory dataset with dictionary-encoded terms and SPO/POS/OSP indexes per graph.
/// Each commit publishes a new immutable state by an atomic reference swap, so readers never block and a snapshot
/// never changes. Removed quads' terms stay in the dictionary (it only grows).
/// </summary>
public sealed class InMemoryQuadStore : IQuadStore
{
    private readonly TermDictionary _dictionary = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private InMemorySnapshot _current;

    /// <summary>Creates an empty store.</summary>
    public InMemoryQuadStore()
    {
        _current = new InMemorySnapshot(_dictionary, ImmutableSortedDictionary<int, GraphIndex>.Empty);
    }

    /// <summary>The number of distinct terms ever stored (the dictionary only grows).</summary>
    public int TermCount => _dictionary.Count;

    internal InMemorySnapshot Current => Volatile.Read(ref _current);

    /// <inheritdoc/>
    public IDatasetSnapshot OpenSnapshot() => Current;

    /// <inheritdoc/>
    public IQuadWriteBatch BeginWrite()
    {
        _writeLock.Wait();
        return new InMemoryWriteBatch(this, _dictionary);
    }

    /// <summary>Releases the write lock's handle; snapshots already taken stay readable.</summary>
    public void Dispose() => _writeLock.Dispose();

    internal void Publish(InMemorySnapshot next) => Volatile.Write(ref _current, next);

    internal void ReleaseWriter() => _writeLock.Release();
}
