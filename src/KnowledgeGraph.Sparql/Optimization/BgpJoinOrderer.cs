using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// Orders the triple patterns of a BGP for an index nested-loop join: greedily the pattern with the smallest
/// estimated result, preferring patterns connected to variables already bound (by the parent or earlier patterns)
/// so that no step becomes a cross product while a connected step exists.
/// </summary>
internal static class BgpJoinOrderer
{
    /// <param name="patterns">The BGP's patterns.</param>
    /// <param name="bound">Variables bound before the BGP runs.</param>
    /// <param name="estimate">Estimated matches of a pattern given the variables bound so far.</param>
    public static List<TriplePattern> Order(
        IReadOnlyList<TriplePattern> patterns,
        IEnumerable<string> bound,
        Func<TriplePattern, IReadOnlySet<string>, double> estimate)
    {
        var remaining = patterns.ToList();
        var boundSet = new HashSet<string>(bound, StringComparer.Ordinal);
        var ordered = new List<TriplePattern>(patterns.Count);
        while (remaining.Count > 0)
        {
            int best = -1;
            bool bestConnected = false;
            double bestCost = double.MaxValue;
            for (int i = 0; i < remaining.Count; i++)
            {
                TriplePattern candidate = remaining[i];
                bool connected = boundSet.Count == 0 || candidate.BindingNames().Any(boundSet.Contains) || !candidate.BindingNames().Any();
                double cost = estimate(candidate, boundSet);
                if (best < 0 || (connected && !bestConnected) || (connected == bestConnected && cost < bestCost))
                {
                    best = i;
                    bestConnected = connected;
                    bestCost = cost;
                }
            }
            TriplePattern chosen = remaining[best];
            remaining.RemoveAt(best);
            ordered.Add(chosen);
            boundSet.UnionWith(chosen.BindingNames());
        }
        return ordered;
    }
}
