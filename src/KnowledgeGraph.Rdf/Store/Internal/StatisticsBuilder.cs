using System.Collections.Immutable;

namespace KnowledgeGraph.Rdf.Store.Internal;

/// <summary>Computes <see cref="DatasetStatistics"/> for a snapshot with one ordered pass per index.</summary>
internal static class StatisticsBuilder
{
    public static DatasetStatistics Build(ImmutableSortedDictionary<int, GraphIndex> graphs, long count)
    {
        var graphCounts = new Dictionary<TermId, long>();
        var predicateCounts = new Dictionary<TermId, long>();
        foreach ((int graphId, GraphIndex graph) in graphs)
        {
            graphCounts[new TermId(graphId)] = graph.Count;
            int current = 0;
            long run = 0;
            graph.Pos.ForEach(t =>
            {
                if (t.A != current)
                {
                    Flush(predicateCounts, current, run);
                    current = t.A;
                    run = 0;
                }
                run++;
            });
            Flush(predicateCounts, current, run);
        }
        return new DatasetStatistics(
            count,
            graphCounts,
            predicateCounts,
            CountDistinctLeading(graphs.Values.Select(static g => g.Spo).ToList()),
            CountDistinctLeading(graphs.Values.Select(static g => g.Osp).ToList()));
    }

    private static void Flush(Dictionary<TermId, long> counts, int id, long run)
    {
        if (id != 0)
        {
            var key = new TermId(id);
            counts[key] = counts.GetValueOrDefault(key) + run;
        }
    }

    // With one graph the leading ids arrive sorted, so distinct values are counted as runs without a set;
    // several graphs need a set to union them.
    private static long CountDistinctLeading(List<OrderedIndex> indexes)
    {
        if (indexes.Count == 1)
        {
            long distinct = 0;
            int last = 0;
            indexes[0].ForEach(t =>
            {
                if (t.A != last)
                {
                    distinct++;
                    last = t.A;
                }
            });
            return distinct;
        }
        var seen = new HashSet<int>();
        foreach (OrderedIndex index in indexes)
        {
            int last = 0;
            index.ForEach(t =>
            {
                if (t.A != last)
                {
                    seen.Add(t.A);
                    last = t.A;
                }
            });
        }
        return seen.Count;
    }
}
