namespace KnowledgeGraph.Rdf.Store.Internal;

/// <summary>
/// One sort order of one graph, immutable, LSM-style: a large sorted base plus small sorted deltas of additions
/// (never in the base) and removals (always in the base). A commit rewrites only the deltas; when they grow past
/// a fraction of the base they are merged into a new base, so commits stay cheap and reads stay a 3-way merge.
/// </summary>
internal sealed class OrderedIndex
{
    private const int MinimumDeltaBeforeMerge = 4096;

    public static readonly OrderedIndex Empty = new([], [], []);

    private readonly IdTriple[] _base;
    private readonly IdTriple[] _adds;
    private readonly IdTriple[] _removes;

    private OrderedIndex(IdTriple[] baseRun, IdTriple[] adds, IdTriple[] removes)
    {
        _base = baseRun;
        _adds = adds;
        _removes = removes;
    }

    /// <summary>The number of triples.</summary>
    public long Count => (long)_base.Length + _adds.Length - _removes.Length;

    /// <summary>An index holding exactly the given sorted, duplicate-free triples (the bulk path: no deltas).</summary>
    public static OrderedIndex FromSorted(IdTriple[] sorted) => sorted.Length == 0 ? Empty : new(sorted, [], []);

    /// <summary>Whether the index holds a triple (in this index's order).</summary>
    public bool Contains(IdTriple item) =>
        SortedRuns.Contains(_adds, item) || (SortedRuns.Contains(_base, item) && !SortedRuns.Contains(_removes, item));

    /// <summary>
    /// A new index with <paramref name="adds"/> (sorted, none present) added and <paramref name="removes"/>
    /// (sorted, all present) removed.
    /// </summary>
    public OrderedIndex Apply(IdTriple[] adds, IdTriple[] removes)
    {
        IdTriple[] newAdds = SortedRuns.Union(SortedRuns.Except(_adds, removes), SortedRuns.Except(adds, _removes));
        IdTriple[] newRemoves = SortedRuns.Union(SortedRuns.Except(_removes, adds), SortedRuns.Except(removes, _adds));
        if (newAdds.Length + newRemoves.Length > Math.Max(MinimumDeltaBeforeMerge, _base.Length / 8))
        {
            IdTriple[] merged = SortedRuns.Union(SortedRuns.Except(_base, newRemoves), newAdds);
            return FromSorted(merged);
        }
        return new OrderedIndex(_base, newAdds, newRemoves);
    }

    /// <summary>The exact number of triples sharing the first <paramref name="prefixLength"/> components of <paramref name="key"/>.</summary>
    public long CountPrefix(int prefixLength, IdTriple key)
    {
        (int bs, int be) = SortedRuns.PrefixRange(_base, prefixLength, key);
        (int @as, int ae) = SortedRuns.PrefixRange(_adds, prefixLength, key);
        (int rs, int re) = SortedRuns.PrefixRange(_removes, prefixLength, key);
        return (long)(be - bs) + (ae - @as) - (re - rs);
    }

    /// <summary>The triples sharing the first <paramref name="prefixLength"/> components of <paramref name="key"/>, in order.</summary>
    public IEnumerable<IdTriple> ScanPrefix(int prefixLength, IdTriple key)
    {
        (int bs, int be) = SortedRuns.PrefixRange(_base, prefixLength, key);
        (int @as, int ae) = SortedRuns.PrefixRange(_adds, prefixLength, key);
        (int rs, int re) = SortedRuns.PrefixRange(_removes, prefixLength, key);
        return Merge(bs, be, @as, ae, rs, re);
    }

    /// <summary>Visits every triple in order without allocating an enumerator per element (for statistics).</summary>
    public void ForEach(Action<IdTriple> visit)
    {
        foreach (IdTriple item in Merge(0, _base.Length, 0, _adds.Length, 0, _removes.Length))
        {
            visit(item);
        }
    }

    private IEnumerable<IdTriple> Merge(int bi, int be, int ai, int ae, int ri, int re)
    {
        while (bi < be || ai < ae)
        {
            IdTriple next;
            if (ai >= ae || (bi < be && _base[bi].CompareTo(_adds[ai]) < 0))
            {
                next = _base[bi++];
                while (ri < re && _removes[ri].CompareTo(next) < 0)
                {
                    ri++;
                }
                if (ri < re && _removes[ri].Equals(next))
                {
                    continue;
                }
            }
            else
            {
                next = _adds[ai++];
            }
            yield return next;
        }
    }
}
