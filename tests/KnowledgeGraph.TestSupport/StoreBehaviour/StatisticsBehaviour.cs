using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using static KnowledgeGraph.TestSupport.StoreBehaviour.StoreTerms;

namespace KnowledgeGraph.TestSupport.StoreBehaviour;

public abstract class StatisticsBehaviour : StoreBehaviour
{
    private IDatasetSnapshot Load(params Quad[] quads)
    {
        IQuadStore store = NewStore();
        using IQuadWriteBatch batch = store.BeginWrite();
        foreach (Quad quad in quads)
        {
            batch.Add(quad);
        }
        batch.Commit();
        return store.OpenSnapshot();
    }

    private static TermId Id(IDatasetSnapshot snapshot, Term term) =>
        snapshot.TryGetTermId(term, out TermId id) ? id : throw new InvalidOperationException($"{term} unknown");

    [Fact]
    public void Statistics_count_quads_per_graph_and_per_predicate()
    {
        IDatasetSnapshot snapshot = Load(
            Q("a", "p", "b"), Q("a", "q", "b"), Q("c", "p", "b"),
            Q("a", "p", "b", "g"), Q("d", "p", "e", "g"), Q("d", "r", "a", "h"));

        DatasetStatistics statistics = snapshot.Statistics;

        Assert.Equal(6, statistics.QuadCount);
        Assert.Equal(3, statistics.GraphQuadCounts[TermId.DefaultGraph]);
        Assert.Equal(2, statistics.GraphQuadCounts[Id(snapshot, I("g"))]);
        Assert.Equal(1, statistics.GraphQuadCounts[Id(snapshot, I("h"))]);
        Assert.Equal(4, statistics.PredicateCounts[Id(snapshot, I("p"))]);
        Assert.Equal(1, statistics.PredicateCounts[Id(snapshot, I("q"))]);
        Assert.Equal(1, statistics.PredicateCounts[Id(snapshot, I("r"))]);
        Assert.Equal(3, statistics.PredicateCounts.Count);
    }

    [Fact]
    public void Statistics_count_distinct_subjects_and_objects_across_graphs()
    {
        IDatasetSnapshot snapshot = Load(
            Q("a", "p", "b"), Q("a", "q", "b"), Q("c", "p", "b"),
            Q("a", "p", "b", "g"), Q("d", "p", "e", "g"), Q("d", "r", "a", "h"));

        Assert.Equal(3, snapshot.Statistics.DistinctSubjects); // a, c, d
        Assert.Equal(3, snapshot.Statistics.DistinctObjects); // b, e, a
    }

    [Fact]
    public void Statistics_of_a_single_graph_count_distinct_values_by_runs()
    {
        IDatasetSnapshot snapshot = Load(Q("a", "p", "b"), Q("a", "q", "c"), Q("b", "p", "c"), Q("c", "p", "c"));

        Assert.Equal(3, snapshot.Statistics.DistinctSubjects);
        Assert.Equal(2, snapshot.Statistics.DistinctObjects);
    }

    [Fact]
    public void Pattern_counts_come_from_index_ranges_and_are_exact()
    {
        IDatasetSnapshot snapshot = Load(Q("a", "p", "b"), Q("a", "q", "b"), Q("c", "p", "b"), Q("a", "p", "b", "g"));
        TermId a = Id(snapshot, I("a")), p = Id(snapshot, I("p")), b = Id(snapshot, I("b"));

        Assert.Equal(3, snapshot.EstimateCount(new QuadIdPattern(null, p, null, GraphScope.AllGraphs)));
        Assert.Equal(2, snapshot.EstimateCount(new QuadIdPattern(a, null, b, GraphScope.DefaultGraph)));
        Assert.Equal(1, snapshot.EstimateCount(new QuadIdPattern(a, p, b, GraphScope.NamedGraphs)));
        Assert.Equal(0, snapshot.EstimateCount(new QuadIdPattern(b, null, null, GraphScope.AllGraphs)));
    }

    [Fact]
    public void An_empty_store_has_zero_statistics()
    {
        using IQuadStore store = NewStore();
        DatasetStatistics statistics = store.OpenSnapshot().Statistics;

        Assert.Equal(0, statistics.QuadCount);
        Assert.Empty(statistics.GraphQuadCounts);
        Assert.Equal(0, statistics.DistinctSubjects);
    }
}
