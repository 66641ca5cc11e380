using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>
/// A connected group of rows of one side, as a hypergraph for colour refinement: nodes are the shared blank nodes,
/// and each row links its shared nodes in placeholder order and carries its signature (which stands for everything
/// else in the row, private blank nodes included).
/// </summary>
internal sealed class RowGraph
{
    private readonly BlankRowSide _side;
    private readonly List<int> _rowIndices;
    private readonly int[] _signatures;
    private readonly int[][] _rows;

    private RowGraph(BlankRowSide side, List<int> rowIndices, List<BlankNode> nodes, int[] signatures, int[][] rows)
    {
        _side = side;
        _rowIndices = rowIndices;
        Nodes = nodes;
        _signatures = signatures;
        _rows = rows;
    }

    /// <summary>The shared blank nodes, by local index.</summary>
    public List<BlankNode> Nodes { get; }

    public int NodeCount => Nodes.Count;

    public int RowCount => _rows.Length;

    public static RowGraph Build(BlankRowSide side, List<int> rowIndices)
    {
        var local = new Dictionary<int, int>();
        var nodes = new List<BlankNode>();
        var signatures = new int[rowIndices.Count];
        var rows = new int[rowIndices.Count][];
        for (int i = 0; i < rowIndices.Count; i++)
        {
            int r = rowIndices[i];
            signatures[i] = side.Signatures[r];
            rows[i] = [.. side.Shared[r].Select(n =>
            {
                if (!local.TryGetValue(n, out int index))
                {
                    index = nodes.Count;
                    local[n] = index;
                    nodes.Add(side.Nodes[n]);
                }
                return index;
            })];
        }
        return new RowGraph(side, rowIndices, nodes, signatures, rows);
    }

    /// <summary>
    /// A value equal for isomorphic row graphs: the multiset of stable refined colours, with the row count. Unequal
    /// graphs may share it; it only narrows the candidates.
    /// </summary>
    public ulong Invariant()
    {
        ulong[] colours = new ulong[NodeCount];
        int classes = 1;
        while (true)
        {
            colours = Refine(colours);
            int next = ColourClasses.Count(colours);
            if (next == classes)
            {
                break;
            }
            classes = next;
        }
        ulong sum = ColourClasses.Mix((ulong)_rows.Length);
        foreach (ulong colour in colours)
        {
            sum += ColourClasses.Mix(colour);
        }
        return sum;
    }

    /// <summary>
    /// One refinement round: a node's new colour combines its colour with the multiset of (row signature, its place
    /// in the row, the colours of the row's nodes) over the rows it occurs in. The multiset is summed, so the result
    /// does not depend on row order and equal structures get equal colours on both sides.
    /// </summary>
    public ulong[] Refine(ulong[] colours)
    {
        var sums = new ulong[colours.Length];
        for (int r = 0; r < _rows.Length; r++)
        {
            int[] row = _rows[r];
            ulong rowHash = ColourClasses.Mix((ulong)_signatures[r] + 0x51ED27UL);
            foreach (int node in row)
            {
                rowHash = ColourClasses.Mix(rowHash ^ colours[node]);
            }
            for (int k = 0; k < row.Length; k++)
            {
                sums[row[k]] += ColourClasses.Mix(rowHash + (ulong)k);
            }
        }
        var next = new ulong[colours.Length];
        for (int i = 0; i < next.Length; i++)
        {
            next[i] = ColourClasses.Mix(colours[i] * 31 ^ sums[i]);
        }
        return next;
    }

    /// <summary>
    /// Whether renaming this graph's shared nodes by <paramref name="mapping"/> (local index here to local index there)
    /// turns its rows into exactly the other graph's; if so, adds the full blank-node mapping, private nodes included,
    /// to <paramref name="result"/>. Rows are keyed by signature and mapped shared nodes, which determine them up to
    /// private blank nodes.
    /// </summary>
    public bool MapsOnto(RowGraph other, int[] mapping, Dictionary<BlankNode, BlankNode>? result)
    {
        var waiting = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (int i = 0; i < other._rows.Length; i++)
        {
            string key = Key(other._signatures[i], other._rows[i], null);
            if (!waiting.TryGetValue(key, out Queue<int>? queue))
            {
                waiting[key] = queue = new Queue<int>();
            }
            queue.Enqueue(i);
        }
        var pairs = new List<(int Mine, int Theirs)>(_rows.Length);
        for (int i = 0; i < _rows.Length; i++)
        {
            if (!waiting.TryGetValue(Key(_signatures[i], _rows[i], mapping), out Queue<int>? queue) || queue.Count == 0)
            {
                return false;
            }
            pairs.Add((i, queue.Dequeue()));
        }
        if (result is not null)
        {
            foreach (var (mine, theirs) in pairs)
            {
                int[] from = _side.Blanks[_rowIndices[mine]], to = other._side.Blanks[other._rowIndices[theirs]];
                for (int k = 0; k < from.Length; k++)
                {
                    result[_side.Nodes[from[k]]] = other._side.Nodes[to[k]];
                }
            }
        }
        return true;
    }

    private static string Key(int signature, int[] nodes, int[]? mapping) =>
        signature + ":" + string.Join(",", nodes.Select(n => mapping is null ? n : mapping[n]));
}
