namespace KnowledgeGraph.Rdf.Store.Internal;

/// <summary>
/// The immutable indexes of one graph: SPO, POS and OSP orders, which between them answer all eight
/// bound/unbound triple shapes as one prefix range.
/// </summary>
internal sealed class GraphIndex
{
    public static readonly GraphIndex Empty = new(OrderedIndex.Empty, OrderedIndex.Empty, OrderedIndex.Empty);

    private readonly OrderedIndex _spo;
    private readonly OrderedIndex _pos;
    private readonly OrderedIndex _osp;

    private GraphIndex(OrderedIndex spo, OrderedIndex pos, OrderedIndex osp)
    {
        _spo = spo;
        _pos = pos;
        _osp = osp;
    }

    /// <summary>The number of triples in the graph.</summary>
    public long Count => _spo.Count;

    /// <summary>The SPO order, for whole-graph statistics.</summary>
    public OrderedIndex Spo => _spo;

    /// <summary>The POS order, for whole-graph statistics.</summary>
    public OrderedIndex Pos => _pos;

    /// <summary>The OSP order, for whole-graph statistics.</summary>
    public OrderedIndex Osp => _osp;

    /// <summary>Whether the graph holds the SPO triple.</summary>
    public bool Contains(IdTriple spo) => _spo.Contains(spo);

    /// <summary>Builds a graph from SPO triples in any order, possibly with duplicates: each order is sorted once.</summary>
    public static GraphIndex Build(IdTriple[] spo)
    {
        if (spo.Length == 0)
        {
            return Empty;
        }
        IdTriple[] sorted = SortDistinct(spo);
        var pos = new IdTriple[sorted.Length];
        var osp = new IdTriple[sorted.Length];
        for (int i = 0; i < sorted.Length; i++)
        {
            pos[i] = sorted[i].SpoToPos();
            osp[i] = sorted[i].SpoToOsp();
        }
        Array.Sort(pos);
        Array.Sort(osp);
        return new GraphIndex(OrderedIndex.FromSorted(sorted), OrderedIndex.FromSorted(pos), OrderedIndex.FromSorted(osp));
    }

    /// <summary>
    /// A new graph with the SPO triples <paramref name="adds"/> (sorted, none present) added and
    /// <paramref name="removes"/> (sorted, all present) removed.
    /// </summary>
    public GraphIndex Apply(IdTriple[] adds, IdTriple[] removes)
    {
        if (adds.Length == 0 && removes.Length == 0)
        {
            return this;
        }
        return new GraphIndex(
            _spo.Apply(adds, removes),
            _pos.Apply(Permute(adds, static t => t.SpoToPos()), Permute(removes, static t => t.SpoToPos())),
            _osp.Apply(Permute(adds, static t => t.SpoToOsp()), Permute(removes, static t => t.SpoToOsp())));
    }

    /// <summary>The SPO triples matching a pattern; 0 marks an unbound position.</summary>
    public IEnumerable<IdTriple> Match(int s, int p, int o)
    {
        (OrderedIndex index, int prefix, IdTriple key, int order) = Choose(s, p, o);
        IEnumerable<IdTriple> scan = index.ScanPrefix(prefix, key);
        return order switch
        {
            0 => scan,
            1 => scan.Select(static t => t.PosToSpo()),
            _ => scan.Select(static t => t.OspToSpo()),
        };
    }

    /// <summary>The exact number of triples matching a pattern, from index range bounds.</summary>
    public long CountMatches(int s, int p, int o)
    {
        (OrderedIndex index, int prefix, IdTriple key, _) = Choose(s, p, o);
        return index.CountPrefix(prefix, key);
    }

    private (OrderedIndex Index, int Prefix, IdTriple Key, int Order) Choose(int s, int p, int o)
    {
        bool hasS = s != 0, hasP = p != 0, hasO = o != 0;
        return (hasS, hasP, hasO) switch
        {
            (true, true, true) => (_spo, 3, new(s, p, o), 0),
            (true, true, false) => (_spo, 2, new(s, p, 0), 0),
            (true, false, false) => (_spo, 1, new(s, 0, 0), 0),
            (true, false, true) => (_osp, 2, new(o, s, 0), 2),
            (false, true, true) => (_pos, 2, new(p, o, 0), 1),
            (false, true, false) => (_pos, 1, new(p, 0, 0), 1),
            (false, false, true) => (_osp, 1, new(o, 0, 0), 2),
            _ => (_spo, 0, default, 0),
        };
    }

    private static IdTriple[] Permute(IdTriple[] spo, Func<IdTriple, IdTriple> permutation)
    {
        if (spo.Length == 0)
        {
            return spo;
        }
        var result = new IdTriple[spo.Length];
        for (int i = 0; i < spo.Length; i++)
        {
            result[i] = permutation(spo[i]);
        }
        Array.Sort(result);
        return result;
    }

    private static IdTriple[] SortDistinct(IdTriple[] items)
    {
        Array.Sort(items);
        int write = 0;
        for (int read = 0; read < items.Length; read++)
        {
            if (write == 0 || !items[read].Equals(items[write - 1]))
            {
                items[write++] = items[read];
            }
        }
        return write == items.Length ? items : items[..write];
    }
}
