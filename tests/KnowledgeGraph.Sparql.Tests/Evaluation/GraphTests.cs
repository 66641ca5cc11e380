using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;
using static KnowledgeGraph.Sparql.Tests.Evaluation.Q;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

public sealed class GraphTests
{
    private static readonly InMemoryQuadStore Data = Store(
        Triple(Ex("d"), Ex("p"), Int(0)),
        Triple(Ex("x"), Ex("p"), Int(1), Ex("g1")),
        Triple(Ex("x"), Ex("p"), Int(2), Ex("g2")),
        Triple(Ex("y"), Ex("p"), Int(1), Ex("g2")));

    private static readonly BgpOp Any = Bgp(T(V("s"), Ex("p"), V("o")));

    [Fact]
    public void Patterns_outside_graph_match_the_default_graph_only()
    {
        Assert.Equal(["o=0 s=:d"], Rows(Any, Data));
    }

    [Fact]
    public void Graph_variable_ranges_over_the_named_graphs_and_is_bound()
    {
        var op = new GraphOp(V("g"), Any);
        Assert.Equal(["g=:g1 o=1 s=:x", "g=:g2 o=1 s=:y", "g=:g2 o=2 s=:x"], Rows(op, Data));
    }

    [Fact]
    public void Graph_with_an_iri_matches_that_graph()
    {
        var op = new GraphOp(Ex("g1"), Any);
        Assert.Equal(["o=1 s=:x"], Rows(op, Data));
    }

    [Fact]
    public void Graph_variable_already_bound_by_the_left_side_selects_one_graph()
    {
        var left = new TableOp(["g"], [[Ex("g2")]]);
        var op = new JoinOp(left, new GraphOp(V("g"), Bgp(T(Ex("x"), Ex("p"), V("o")))));
        Assert.Equal(["g=:g2 o=2"], Rows(op, Data));
    }

    [Fact]
    public void From_graphs_are_merged_into_the_default_graph_without_duplicates()
    {
        var options = new QueryOptions { Dataset = new DatasetDescription([Ex("g1"), Ex("g2")], []) };
        var op = Bgp(T(V("s"), Ex("p"), Int(1)));
        Assert.Equal(["s=:x", "s=:y"], Rows(op, Data, options));
    }

    [Fact]
    public void From_named_restricts_the_graphs_graph_iterates()
    {
        var options = new QueryOptions { Dataset = new DatasetDescription([], [Ex("g1")]) };
        Assert.Equal(["g=:g1 o=1 s=:x"], Rows(new GraphOp(V("g"), Any), Data, options));
        Assert.Empty(Rows(Any, Data, options));
    }
}
