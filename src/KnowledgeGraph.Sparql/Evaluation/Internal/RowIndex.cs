using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>
/// Materialised rows of one side of a join, hashed on key slots that every row binds; probes with a row that binds
/// all keys only see the matching bucket, others see every row. Callers still check full compatibility.
/// </summary>
internal sealed class RowIndex
{
    private readonly int[] _keySlots;
    private readonly List<TermId[]> _all = [];
    private readonly Dictionary<TermId[], List<TermId[]>> _buckets = new(RowComparer.Instance);

    public RowIndex(int[] keySlots, IEnumerable<TermId[]> rows)
    {
        _keySlots = keySlots;
        foreach (TermId[] row in rows)
        {
            _all.Add(row);
            if (keySlots.Length > 0)
            {
                TermId[] key = KeyOf(row)!;
                if (!_buckets.TryGetValue(key, out List<TermId[]>? bucket))
                {
                    bucket = [];
                    _buckets.Add(key, bucket);
                }
                bucket.Add(row);
            }
        }
    }

    public int Count => _all.Count;

    public IReadOnlyList<TermId[]> Candidates(TermId[] probe)
    {
        if (_keySlots.Length == 0)
        {
            return _all;
        }
        TermId[]? key = KeyOf(probe);
        if (key is null)
        {
            return _all;
        }
        return _buckets.TryGetValue(key, out List<TermId[]>? bucket) ? bucket : [];
    }

    private TermId[]? KeyOf(TermId[] row)
    {
        var key = new TermId[_keySlots.Length];
        for (int i = 0; i < key.Length; i++)
        {
            key[i] = row[_keySlots[i]];
            if (key[i].Value == 0)
            {
                return null;
            }
        }
        return key;
    }
}
