using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Shacl.Validation;

/// <summary>A snapshot opened on first use and disposed with this object, if it was ever opened.</summary>
internal sealed class DisposableLazy(Func<IDatasetSnapshot> open) : IDisposable
{
    public Lazy<IDatasetSnapshot> Lazy { get; } = new(open);

    public void Dispose()
    {
        if (Lazy.IsValueCreated)
        {
            Lazy.Value.Dispose();
        }
    }
}
