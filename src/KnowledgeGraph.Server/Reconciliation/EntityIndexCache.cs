using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Resources;

namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>The entity index of the current dataset version: built on first use and again only after the data changes.</summary>
internal sealed class EntityIndexCache(DatasetHost dataset, LabelPolicy labels)
{
    private readonly Lock _gate = new();
    private (long Version, EntityIndex Index)? _current;

    /// <summary>The index of the data as it is now.</summary>
    public EntityIndex Get()
    {
        long version = dataset.Version;
        // One build at a time: a burst of first queries waits for the one build instead of each scanning the data.
        lock (_gate)
        {
            if (_current is { } cached && cached.Version == version)
            {
                return cached.Index;
            }
            using var snapshot = dataset.Store.OpenSnapshot();
            var index = EntityIndex.Build(snapshot, labels);
            _current = (version, index);
            return index;
        }
    }
}
