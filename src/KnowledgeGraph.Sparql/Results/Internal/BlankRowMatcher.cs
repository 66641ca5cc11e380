using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>
/// Finds one bijection between the blank nodes of two multisets of rows that makes them equal, or explains why there
/// is none. Rows whose blank nodes occur nowhere else are paired directly by signature (the common case, and linear);
/// the rest are colour-refined in lockstep on both sides and a mapping is searched among nodes of equal colour,
/// individualising one pair at a time and backtracking, as in graph isomorphism.
/// </summary>
internal sealed class BlankRowMatcher
{
    private readonly BlankRowSide _a;
    private readonly BlankRowSide _b;
    private readonly Dictionary<BlankNode, BlankNode> _mapping = new();

    private BlankRowMatcher(BlankRowSide a, BlankRowSide b)
    {
        _a = a;
        _b = b;
    }

    /// <summary>The mapping from <paramref name="actual"/>'s blank nodes to <paramref name="expected"/>'s, or null with a reason.</summary>
    public static Dictionary<BlankNode, BlankNode>? Match(List<Term?[]> actual, List<Term?[]> expected, Func<Term?[], string> describe, out string? reason)
    {
        var signatureIds = new Dictionary<Term?[], int>(RowEquality.Instance);
        var matcher = new BlankRowMatcher(BlankRowSide.Build(actual, signatureIds), BlankRowSide.Build(expected, signatureIds));
        reason = matcher.CompareSignatures(describe);
        if (reason is not null)
        {
            return null;
        }
        var (restA, restB) = matcher.PairIsolatedRows(out reason);
        if (reason is not null)
        {
            return null;
        }
        if (restA.Count > 0 && !matcher.MatchConnected(restA, restB))
        {
            reason = "Every row has a counterpart up to blank node labels, but no single renaming of blank nodes matches them all "
                + "(the blank nodes are shared between rows differently).";
            return null;
        }
        return matcher._mapping;
    }

    private string? CompareSignatures(Func<Term?[], string> describe)
    {
        var balance = new Dictionary<int, int>();
        foreach (int s in _a.Signatures)
        {
            balance[s] = balance.GetValueOrDefault(s) + 1;
        }
        foreach (int s in _b.Signatures)
        {
            balance[s] = balance.GetValueOrDefault(s) - 1;
        }
        for (int r = 0; r < _b.Rows.Count; r++)
        {
            if (balance[_b.Signatures[r]] < 0)
            {
                return $"Expected row {describe(_b.Rows[r])} is missing from the actual results (even allowing for blank node labels and for which blank nodes recur in other rows).";
            }
        }
        for (int r = 0; r < _a.Rows.Count; r++)
        {
            if (balance[_a.Signatures[r]] > 0)
            {
                return $"Actual row {describe(_a.Rows[r])} is not among the expected results (even allowing for blank node labels and for which blank nodes recur in other rows).";
            }
        }
        return null;
    }

    /// <summary>Pairs rows whose blank nodes occur in no other row; returns the indices of the remaining rows.</summary>
    private (List<int> RestA, List<int> RestB) PairIsolatedRows(out string? reason)
    {
        reason = null;
        var waiting = new Dictionary<int, Queue<int>>();
        var restA = new List<int>();
        var restB = new List<int>();
        for (int r = 0; r < _b.Rows.Count; r++)
        {
            if (_b.IsIsolated(r))
            {
                if (!waiting.TryGetValue(_b.Signatures[r], out Queue<int>? queue))
                {
                    waiting[_b.Signatures[r]] = queue = new Queue<int>();
                }
                queue.Enqueue(r);
            }
            else
            {
                restB.Add(r);
            }
        }
        for (int r = 0; r < _a.Rows.Count; r++)
        {
            if (!_a.IsIsolated(r))
            {
                restA.Add(r);
                continue;
            }
            if (!waiting.TryGetValue(_a.Signatures[r], out Queue<int>? queue) || queue.Count == 0)
            {
                reason = "A blank node that occurs in a single row of the actual results must correspond to one that occurs in a single "
                    + "row of the expected results, but the rows with such blank nodes differ.";
                return (restA, restB);
            }
            int partner = queue.Dequeue();
            for (int k = 0; k < _a.Blanks[r].Length; k++)
            {
                _mapping[_a.Nodes[_a.Blanks[r][k]]] = _b.Nodes[_b.Blanks[partner][k]];
            }
        }
        if (restA.Count != restB.Count)
        {
            reason = "The actual and expected results share blank nodes between rows differently.";
        }
        return (restA, restB);
    }

    /// <summary>
    /// Matches the rows that share blank nodes, component by component: components are grouped by a refinement
    /// invariant, and within a group each actual component takes the first unused expected one it maps onto. Greedy
    /// pairing is safe because isomorphism is an equivalence: any partner of a component suits all its equals.
    /// </summary>
    private bool MatchConnected(List<int> restA, List<int> restB)
    {
        var groups = new Dictionary<ulong, List<RowGraph>>();
        foreach (List<int> component in RowComponents.Split(_b, restB))
        {
            var graph = RowGraph.Build(_b, component);
            ulong key = graph.Invariant();
            if (!groups.TryGetValue(key, out List<RowGraph>? group))
            {
                groups[key] = group = [];
            }
            group.Add(graph);
        }
        foreach (List<int> component in RowComponents.Split(_a, restA))
        {
            var graphA = RowGraph.Build(_a, component);
            if (!groups.TryGetValue(graphA.Invariant(), out List<RowGraph>? candidates))
            {
                return false;
            }
            int partner = -1;
            int[]? found = null;
            for (int i = 0; i < candidates.Count && found is null; i++)
            {
                RowGraph graphB = candidates[i];
                if (graphB.NodeCount == graphA.NodeCount && graphB.RowCount == graphA.RowCount)
                {
                    found = Search(graphA, graphB, new ulong[graphA.NodeCount], new ulong[graphB.NodeCount], 0);
                    partner = i;
                }
            }
            if (found is null)
            {
                return false;
            }
            graphA.MapsOnto(candidates[partner], found, _mapping);
            candidates.RemoveAt(partner);
        }
        return true;
    }

    private static int[]? Search(RowGraph a, RowGraph b, ulong[] ca, ulong[] cb, int depth)
    {
        int classes = ColourClasses.Count(ca);
        while (true)
        {
            ca = a.Refine(ca);
            cb = b.Refine(cb);
            if (!ColourClasses.SameHistogram(ca, cb))
            {
                return null;
            }
            int next = ColourClasses.Count(ca);
            if (next == classes)
            {
                break;
            }
            classes = next;
        }
        if (ColourClasses.SmallestNonSingleton(ca) is not ulong cell)
        {
            var byColour = new Dictionary<ulong, int>(cb.Length);
            for (int i = 0; i < cb.Length; i++)
            {
                byColour[cb[i]] = i;
            }
            int[] mapping = [.. ca.Select(c => byColour[c])];
            return a.MapsOnto(b, mapping, null) ? mapping : null;
        }
        int x = Array.IndexOf(ca, cell);
        ulong marked = ColourClasses.Mix(cell ^ (0x9E3779B97F4A7C15UL * (ulong)(depth + 1)));
        for (int y = 0; y < cb.Length; y++)
        {
            if (cb[y] != cell)
            {
                continue;
            }
            ulong[] na = (ulong[])ca.Clone(), nb = (ulong[])cb.Clone();
            na[x] = marked;
            nb[y] = marked;
            if (Search(a, b, na, nb, depth + 1) is int[] found)
            {
                return found;
            }
        }
        return null;
    }
}
