using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Store;

/// <summary>Conveniences over <see cref="IQuadStore"/>.</summary>
public static class QuadStoreExtensions
{
    /// <summary>
    /// Adds many quads in one write batch and commits it. Loading into an empty store (or into empty graphs) is the
    /// bulk path: each index order is sorted once at commit.
    /// </summary>
    /// <returns>The number of quads in the store after the commit.</returns>
    public static long Load(this IQuadStore store, IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(quads);
        using (IQuadWriteBatch batch = store.BeginWrite())
        {
            foreach (Quad quad in quads)
            {
                batch.Add(quad);
            }
            batch.Commit();
        }
        using IDatasetSnapshot snapshot = store.OpenSnapshot();
        return snapshot.Count;
    }
}
