using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Graphs.Internal;

/// <summary>
/// Finds the canonical labelling of one connected group of blank nodes by individualisation-refinement: refine
/// colours, branch on every node of the target cell, and at each leaf (all colours distinct) label nodes in colour
/// order and render the statements; the labelling whose sorted statement text is smallest (ordinal) wins. The search
/// tree is built from colours only, so isomorphic inputs explore isomorphic trees and reach the same smallest text.
/// <para>
/// Two prunings keep symmetric inputs tractable without changing the result: twins (nodes whose statements are
/// identical apart from the node itself, so swapping them is an automorphism) are tried once per cell, and a
/// candidate is skipped when an automorphism found earlier (two leaves with equal text) that fixes the current
/// branch maps an already explored candidate onto it. Both skip only subtrees that are images of explored ones.
/// </para>
/// </summary>
internal sealed class CanonicalLabelSearch
{
    private readonly BlankNodeStructure _structure;
    private readonly int[] _twinClass;
    private readonly Dictionary<BlankNode, int> _nodeIndex = [];
    private readonly List<int[]> _automorphisms = [];
    private string? _bestText;
    private int[]? _bestOrder;

    private CanonicalLabelSearch(BlankNodeStructure structure, bool twins)
    {
        _structure = structure;
        _twinClass = twins ? TwinClasses(structure) : [];
        for (int i = 0; i < structure.Nodes.Count; i++)
        {
            _nodeIndex[structure.Nodes[i]] = i;
        }
    }

    /// <summary>
    /// Returns the canonical rank of each node (index in <see cref="BlankNodeStructure.Nodes"/> to label number) and the
    /// canonical text of the group (its statements with labels <c>_:c{rank}</c>, sorted, one per line).
    /// </summary>
    public static (int[] Ranks, string Text) Run(BlankNodeStructure structure)
    {
        if (structure.NodeCount == 1)
        {
            // The common case (a blank node that shares no statement with another): nothing to search.
            return ([0], new CanonicalLabelSearch(structure, twins: false).Render([0]));
        }
        var search = new CanonicalLabelSearch(structure, twins: true);
        search.Explore(ColourRefinement.Initial(structure), []);
        int[] order = search._bestOrder!;
        var ranks = new int[order.Length];
        for (int rank = 0; rank < order.Length; rank++)
        {
            ranks[order[rank]] = rank;
        }
        return (ranks, search._bestText!);
    }

    private void Explore(ulong[] colours, List<int> prefix)
    {
        colours = ColourRefinement.Refine(_structure, colours);
        ulong? cell = ColourRefinement.TargetCell(colours);
        if (cell is null)
        {
            VisitLeaf(colours);
            return;
        }
        var explored = new List<int>();
        var exploredTwins = new HashSet<int>();
        for (int node = 0; node < colours.Length; node++)
        {
            if (colours[node] != cell.Value || exploredTwins.Contains(_twinClass[node]) || InOrbitOfExplored(node, explored, prefix))
            {
                continue;
            }
            ulong[] child = (ulong[])colours.Clone();
            ColourRefinement.Individualize(child, node);
            prefix.Add(node);
            Explore(child, prefix);
            prefix.RemoveAt(prefix.Count - 1);
            explored.Add(node);
            exploredTwins.Add(_twinClass[node]);
        }
    }

    private void VisitLeaf(ulong[] colours)
    {
        int[] order = [.. Enumerable.Range(0, colours.Length).OrderBy(n => colours[n])];
        string text = Render(order);
        int comparison = _bestText is null ? -1 : string.CompareOrdinal(text, _bestText);
        if (comparison < 0)
        {
            _bestText = text;
            _bestOrder = order;
        }
        else if (comparison == 0)
        {
            // Same text under two labellings: mapping one onto the other is an automorphism.
            var automorphism = new int[order.Length];
            for (int rank = 0; rank < order.Length; rank++)
            {
                automorphism[_bestOrder![rank]] = order[rank];
            }
            _automorphisms.Add(automorphism);
        }
    }

    private string Render(int[] order)
    {
        var labels = new BlankNode[order.Length];
        for (int rank = 0; rank < order.Length; rank++)
        {
            labels[order[rank]] = new BlankNode("c" + rank.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        string[] lines = [.. _structure.BlankQuads.Select(q => BlankNodeStructure.Rename(q, n => labels[_nodeIndex[n]]).ToString())];
        Array.Sort(lines, StringComparer.Ordinal);
        return string.Join('\n', lines);
    }

    private bool InOrbitOfExplored(int node, List<int> explored, List<int> prefix)
    {
        if (explored.Count == 0 || _automorphisms.Count == 0)
        {
            return false;
        }
        // Orbits of the group generated by the automorphisms that fix the current branch point by point.
        var parent = Enumerable.Range(0, _structure.NodeCount).ToArray();
        foreach (int[] automorphism in _automorphisms)
        {
            if (prefix.Any(p => automorphism[p] != p))
            {
                continue;
            }
            for (int i = 0; i < automorphism.Length; i++)
            {
                Union(parent, i, automorphism[i]);
            }
        }
        int root = Find(parent, node);
        return explored.Any(e => Find(parent, e) == root);
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void Union(int[] parent, int x, int y)
    {
        int rx = Find(parent, x), ry = Find(parent, y);
        if (rx != ry)
        {
            parent[Math.Max(rx, ry)] = Math.Min(rx, ry);
        }
    }

    // Twins: identical statement lists once the node itself is written as "*" (other blank nodes keep their
    // identity, so two nodes sharing a statement are never twins). Swapping twins is an automorphism.
    internal static int[] TwinClasses(BlankNodeStructure structure)
    {
        var classes = new int[structure.NodeCount];
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var parts = new List<string>();
        for (int node = 0; node < structure.NodeCount; node++)
        {
            parts.Clear();
            foreach (int statement in structure.NodeStatements[node])
            {
                parts.Add(string.Join(',', structure.Statements[statement].Select(t =>
                    t == node ? "*" : t >= 0 ? "b" + t.ToString(System.Globalization.CultureInfo.InvariantCulture) : structure.GroundHashes[~t].ToString(System.Globalization.CultureInfo.InvariantCulture))));
            }
            parts.Sort(StringComparer.Ordinal);
            string key = string.Join(';', parts);
            if (!keys.TryGetValue(key, out int twin))
            {
                twin = keys.Count;
                keys[key] = twin;
            }
            classes[node] = twin;
        }
        return classes;
    }
}
