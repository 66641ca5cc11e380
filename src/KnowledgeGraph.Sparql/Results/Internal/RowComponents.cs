namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>
/// Splits rows into connected components: two rows are connected when they share a blank node. Components can be
/// matched independently, which keeps the search small when a result holds many alike but separate groups of rows.
/// </summary>
internal static class RowComponents
{
    /// <summary>The components of the given rows of a side, each as a list of row indices in their original order.</summary>
    public static List<List<int>> Split(BlankRowSide side, List<int> rows)
    {
        int[] parent = [.. Enumerable.Range(0, side.Nodes.Count)];
        int Find(int n)
        {
            while (parent[n] != n)
            {
                parent[n] = parent[parent[n]];
                n = parent[n];
            }
            return n;
        }
        foreach (int r in rows)
        {
            int[] blanks = side.Blanks[r];
            for (int k = 1; k < blanks.Length; k++)
            {
                int a = Find(blanks[0]), b = Find(blanks[k]);
                if (a != b)
                {
                    parent[a] = b;
                }
            }
        }
        var byRoot = new Dictionary<int, List<int>>();
        var components = new List<List<int>>();
        foreach (int r in rows)
        {
            int root = Find(side.Blanks[r][0]);
            if (!byRoot.TryGetValue(root, out List<int>? component))
            {
                byRoot[root] = component = [];
                components.Add(component);
            }
            component.Add(r);
        }
        return components;
    }
}
