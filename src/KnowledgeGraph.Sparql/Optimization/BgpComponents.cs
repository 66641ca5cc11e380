using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>Splits a BGP into groups of patterns connected through shared variables (or blank nodes).</summary>
internal static class BgpComponents
{
    /// <summary>The connected groups, each in the original pattern order, ordered by their first pattern.</summary>
    public static List<List<TriplePattern>> Split(IReadOnlyList<TriplePattern> patterns)
    {
        int[] parent = Enumerable.Range(0, patterns.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < patterns.Count; i++)
        {
            foreach (string name in patterns[i].BindingNames())
            {
                if (owner.TryGetValue(name, out int other))
                {
                    parent[Find(i)] = Find(other);
                }
                else
                {
                    owner.Add(name, i);
                }
            }
        }
        var groups = new Dictionary<int, List<TriplePattern>>();
        var result = new List<List<TriplePattern>>();
        for (int i = 0; i < patterns.Count; i++)
        {
            int root = Find(i);
            if (!groups.TryGetValue(root, out List<TriplePattern>? group))
            {
                group = [];
                groups.Add(root, group);
                result.Add(group);
            }
            group.Add(patterns[i]);
        }
        return result;
    }
}
