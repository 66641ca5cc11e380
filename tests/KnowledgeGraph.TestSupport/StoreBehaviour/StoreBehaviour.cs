using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.TestSupport.StoreBehaviour;

/// <summary>
/// The base of the store behaviour tests: each implementation of <see cref="IQuadStore"/> runs the same tests by
/// deriving a class that says how to make an empty store. Stores made here are disposed with the test, so a test may
/// return a snapshot of a store it made without leaking the store.
/// </summary>
public abstract class StoreBehaviour : IDisposable
{
    private readonly List<IQuadStore> _stores = [];

    /// <summary>Makes an empty store of the implementation under test.</summary>
    protected abstract IQuadStore CreateStore();

    /// <summary>An empty store, disposed when the test ends (disposing it earlier is fine).</summary>
    protected IQuadStore NewStore()
    {
        IQuadStore store = CreateStore();
        _stores.Add(store);
        return store;
    }

    /// <summary>Disposes the stores, then lets the implementation clean up (delete folders).</summary>
    public void Dispose()
    {
        foreach (IQuadStore store in _stores)
        {
            store.Dispose();
        }
        _stores.Clear();
        AfterStoresDisposed();
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs once every store of the test is disposed.</summary>
    protected virtual void AfterStoresDisposed()
    {
    }
}
