using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Functions.Internal;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>
/// Materialised rows of one side of a join, hashed on key slots that every row binds; probes with a row that binds
/// all keys only see the matching bucket, others see every row. With a <see cref="ValueKeyProbe"/> the rows are
/// hashed on a value instead (for an equality filter), and the caller must still apply that filter.
/// Callers still check full compatibility.
/// </summary>
internal sealed class RowIndex
{
    private readonly int[] _keySlots;
    private readonly ValueKeyProbe? _valueKey;
    private readonly List<TermId[]> _all = [];
    private readonly Dictionary<TermId[], List<TermId[]>> _buckets = new(RowComparer.Instance);
    private readonly Dictionary<EqualityKey, List<TermId[]>> _valueBuckets = [];

    public RowIndex(int[] keySlots, IEnumerable<TermId[]> rows, ValueKeyProbe? valueKey = null)
    {
        _keySlots = keySlots;
        _valueKey = valueKey;
        foreach (TermId[] row in rows)
        {
            _all.Add(row);
            if (valueKey is not null)
            {
                AddByValue(row, valueKey);
            }
            else if (keySlots.Length > 0)
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
        if (_valueKey is not null)
        {
            TermId value = probe[_valueKey.ProbeSlot];
            if (value.Value == 0)
            {
                return _all;
            }
            return _valueBuckets.TryGetValue(_valueKey.KeyOf(value), out List<TermId[]>? matching) ? matching : [];
        }
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

    // The build slot is bound in every row (the planner only picks a variable the side always binds).
    private void AddByValue(TermId[] row, ValueKeyProbe valueKey)
    {
        EqualityKey key = valueKey.KeyOf(row[valueKey.BuildSlot]);
        if (!_valueBuckets.TryGetValue(key, out List<TermId[]>? bucket))
        {
            bucket = [];
            _valueBuckets.Add(key, bucket);
        }
        bucket.Add(row);
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
