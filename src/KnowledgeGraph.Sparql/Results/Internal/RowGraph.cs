using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>
/// The rows of one side that share blank nodes, as a hypergraph for colour refinement: nodes are blank nodes, each row
/// links its nodes in placeholder order and carries its signature.
/// </summary>
internal sealed class RowGraph
{
    private readonly int[] _signatures;
    private readonly int[][] _rows;
    private readonly List<Term?[]> _terms;

    private RowGraph(List<BlankNode> nodes, int[] signatures, int[][] rows, List<Term?[]> terms)
    {
        Nodes = nodes;
        _signatures = signatures;
        _rows = rows;
        _terms = terms;
    }

    public List<BlankNode> Nodes { get; }

    public int NodeCount => Nodes.Count;

    public int RowCount => _rows.Length;

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

    public static RowGraph Build(BlankRowSide side, List<int> rowIndices)
    {
        var local = new Dictionary<int, int>();
        var nodes = new List<BlankNode>();
        var signatures = new int[rowIndices.Count];
        var rows = new int[rowIndices.Count][];
        var terms = new List<Term?[]>(rowIndices.Count);
        for (int i = 0; i < rowIndices.Count; i++)
        {
            int r = rowIndices[i];
            signatures[i] = side.Signatures[r];
            terms.Add(side.Rows[r]);
            rows[i] = [.. side.Blanks[r].Select(n =>
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
        return new RowGraph(nodes, signatures, rows, terms);
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

    /// <summary>Whether renaming this side's nodes by <paramref name="mapping"/> turns its rows into exactly the other side's.</summary>
    public bool MapsOnto(RowGraph other, int[] mapping)
    {
        var index = new Dictionary<BlankNode, int>(Nodes.Count);
        for (int i = 0; i < Nodes.Count; i++)
        {
            index[Nodes[i]] = i;
        }
        var balance = new Dictionary<Term?[], int>(RowEquality.Instance);
        foreach (Term?[] row in other._terms)
        {
            balance[row] = balance.GetValueOrDefault(row) + 1;
        }
        foreach (Term?[] row in _terms)
        {
            Term?[] renamed = [.. row.Select(t => BlankTerms.Rename(t, b => other.Nodes[mapping[index[b]]]))];
            if (!balance.TryGetValue(renamed, out int count) || count == 0)
            {
                return false;
            }
            balance[renamed] = count - 1;
        }
        return true;
    }
}
