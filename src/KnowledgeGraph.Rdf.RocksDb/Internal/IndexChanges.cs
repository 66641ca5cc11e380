using RocksDbSharp;

namespace KnowledgeGraph.Rdf.RocksDb.Internal;

/// <summary>
/// The quads one commit adds and removes (each already known to be absent or present), written to every index
/// order and to the counters. Each order's keys are written in that order's sort order: RocksDB inserts sorted keys
/// into its memtables markedly faster than random ones, which is most of a bulk load's time.
/// </summary>
internal sealed class IndexChanges
{
    public List<IdQuad> Puts { get; } = [];

    public List<IdQuad> Deletes { get; } = [];

    public void WriteTo(WriteBatch batch, RocksDbQuadStore store)
    {
        var counters = new CounterChanges();
        foreach (IdQuad quad in Puts)
        {
            counters.Added(quad);
        }
        foreach (IdQuad quad in Deletes)
        {
            counters.Removed(quad);
        }
        Span<byte> key = stackalloc byte[IndexOrder.KeyLength];
        foreach (IndexOrder order in IndexOrder.All)
        {
            ColumnFamilyHandle family = store.Index(order);
            foreach (IdQuad quad in Sorted(Deletes, order))
            {
                order.WriteKey(quad, key);
                batch.Delete(key, family);
            }
            foreach (IdQuad quad in Sorted(Puts, order))
            {
                order.WriteKey(quad, key);
                batch.Put(key, ReadOnlySpan<byte>.Empty, family);
            }
        }
        counters.WriteTo(batch, store.Database, store.StatsFamily);
    }

    private static IdQuad[] Sorted(List<IdQuad> quads, IndexOrder order)
    {
        IdQuad[] sorted = [.. quads];
        if (sorted.Length > 1)
        {
            var keys = new (int, int, int, int)[sorted.Length];
            for (int i = 0; i < sorted.Length; i++)
            {
                keys[i] = order.Tuple(sorted[i]);
            }
            Array.Sort(keys, sorted);
        }
        return sorted;
    }
}
