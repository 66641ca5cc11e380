using RocksDbSharp;

namespace KnowledgeGraph.Rdf.RocksDb.Internal;

/// <summary>
/// The statistics changes of one commit: a delta per counter (quads per graph, predicate, subject and object, and
/// the total), folded into the stored counters inside the commit's own RocksDB write batch, so the counters always
/// describe exactly the quads of the same commit. A subject or object counter that reaches zero is deleted, and its
/// appearance or disappearance moves the distinct-subject or distinct-object count.
/// </summary>
internal sealed class CounterChanges
{
    private readonly Dictionary<(byte Kind, int Id), long> _deltas = [];
    private long _quads;

    public void Added(IdQuad quad) => Change(quad, +1);

    public void Removed(IdQuad quad) => Change(quad, -1);

    /// <summary>Reads the counters touched (at the latest commit: the caller is the only writer) and writes their new values.</summary>
    public void WriteTo(WriteBatch batch, RocksDbSharp.RocksDb db, ColumnFamilyHandle stats)
    {
        if (_quads == 0 && _deltas.Count == 0)
        {
            return;
        }
        long distinctSubjects = 0, distinctObjects = 0;
        foreach (((byte kind, int id), long delta) in _deltas)
        {
            if (delta == 0)
            {
                continue;
            }
            byte[] key = StoreLayout.CounterKey(kind, id);
            long before = StoreLayout.ReadLong(db.Get(key, stats));
            long after = before + delta;
            if (after < 0)
            {
                throw new InvalidDataException($"The store's statistics are damaged: counter {kind}/{id} would become {after}.");
            }
            if (after == 0)
            {
                batch.Delete(key, stats);
            }
            else
            {
                batch.Put(key, StoreLayout.Long(after), stats);
            }
            int appeared = before == 0 && after > 0 ? 1 : after == 0 && before > 0 ? -1 : 0;
            if (kind == StoreLayout.SubjectCount)
            {
                distinctSubjects += appeared;
            }
            else if (kind == StoreLayout.ObjectCount)
            {
                distinctObjects += appeared;
            }
        }
        Adjust(batch, db, stats, StoreLayout.QuadCount, _quads);
        Adjust(batch, db, stats, StoreLayout.DistinctSubjects, distinctSubjects);
        Adjust(batch, db, stats, StoreLayout.DistinctObjects, distinctObjects);
    }

    private static void Adjust(WriteBatch batch, RocksDbSharp.RocksDb db, ColumnFamilyHandle stats, byte kind, long delta)
    {
        if (delta != 0)
        {
            byte[] key = StoreLayout.CounterKey(kind);
            batch.Put(key, StoreLayout.Long(StoreLayout.ReadLong(db.Get(key, stats)) + delta), stats);
        }
    }

    private void Change(IdQuad quad, int delta)
    {
        _quads += delta;
        Bump(StoreLayout.GraphCount, quad.G, delta);
        Bump(StoreLayout.PredicateCount, quad.P, delta);
        Bump(StoreLayout.SubjectCount, quad.S, delta);
        Bump(StoreLayout.ObjectCount, quad.O, delta);
    }

    private void Bump(byte kind, int id, int delta)
    {
        ref long value = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_deltas, (kind, id), out _);
        value += delta;
    }
}
