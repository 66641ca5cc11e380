using KnowledgeGraph.Rdf.Store;
using static KnowledgeGraph.TestSupport.StoreBehaviour.StoreTerms;

namespace KnowledgeGraph.TestSupport.StoreBehaviour;

public abstract class IdPatternBehaviour : StoreBehaviour
{
    private IDatasetSnapshot Load()
    {
        IQuadStore store = NewStore();
        using IQuadWriteBatch batch = store.BeginWrite();
        batch.Add(Q("a", "p", "b"));
        batch.Add(Q("a", "p", "b", "g"));
        batch.Add(Q("c", "p", "d", "h"));
        batch.Commit();
        return store.OpenSnapshot();
    }

    [Fact]
    public void A_graph_id_pattern_returns_only_that_graphs_quads_with_the_graph_id()
    {
        IDatasetSnapshot snapshot = Load();
        Assert.True(snapshot.TryGetTermId(I("g"), out TermId g));

        QuadIds only = Assert.Single(snapshot.MatchIds(QuadIdPattern.InGraph(g)));

        Assert.Equal(g, only.Graph);
        Assert.Equal(Q("a", "p", "b", "g"), snapshot.Decode(only));
    }

    [Fact]
    public void The_default_graph_id_selects_the_default_graph()
    {
        IDatasetSnapshot snapshot = Load();

        QuadIds only = Assert.Single(snapshot.MatchIds(QuadIdPattern.InGraph(TermId.DefaultGraph)));

        Assert.True(only.Graph.IsDefaultGraph);
    }

    [Fact]
    public void Ids_that_no_term_has_match_nothing_instead_of_throwing()
    {
        IDatasetSnapshot snapshot = Load();

        Assert.Empty(snapshot.MatchIds(new QuadIdPattern(new TermId(-5), null, null, GraphScope.AllGraphs)));
        Assert.Empty(snapshot.MatchIds(new QuadIdPattern(new TermId(long.MaxValue), null, null, GraphScope.AllGraphs)));
        Assert.Empty(snapshot.MatchIds(QuadIdPattern.InGraph(new TermId(123_456))));
        Assert.Equal(0, snapshot.EstimateCount(new QuadIdPattern(null, new TermId(99_999), null, GraphScope.AllGraphs)));
    }

    [Fact]
    public void Named_graph_ids_decode_to_the_named_graphs()
    {
        IDatasetSnapshot snapshot = Load();

        Assert.Equal(snapshot.NamedGraphs.ToHashSet(), snapshot.NamedGraphIds.Select(snapshot.GetTerm).ToHashSet());
        Assert.Equal(2, snapshot.NamedGraphIds.Count());
    }

    [Fact]
    public void A_pattern_with_an_unknown_term_cannot_be_encoded_and_matches_nothing()
    {
        IDatasetSnapshot snapshot = Load();

        Assert.False(snapshot.TryEncode(QuadPattern.InAllGraphs(I("nowhere")), out _));
        Assert.False(snapshot.TryEncode(QuadPattern.InGraph(I("no-graph")), out _));
        Assert.Empty(snapshot.Match(QuadPattern.InGraph(I("no-graph"))));
    }
}
