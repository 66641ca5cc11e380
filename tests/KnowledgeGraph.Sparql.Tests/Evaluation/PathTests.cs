using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Algebra;
using static KnowledgeGraph.Sparql.Tests.Evaluation.Q;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

public sealed class PathTests
{
    // a -> b -> c -> a (a cycle), c -> d, and one :other edge.
    private static readonly InMemoryQuadStore Data = Store(
        Triple(Ex("a"), Ex("p"), Ex("b")),
        Triple(Ex("b"), Ex("p"), Ex("c")),
        Triple(Ex("c"), Ex("p"), Ex("a")),
        Triple(Ex("c"), Ex("p"), Ex("d")),
        Triple(Ex("d"), Ex("other"), Ex("e")));

    private static readonly LinkPath P = new(Ex("p"));

    [Fact]
    public void One_or_more_on_a_cycle_reaches_each_node_once_including_the_start()
    {
        var op = new PathOp(Ex("a"), new OneOrMorePath(P), V("y"));
        Assert.Equal(["y=:a", "y=:b", "y=:c", "y=:d"], Rows(op, Data));
    }

    [Fact]
    public void Zero_or_more_from_a_constant_includes_the_start_once()
    {
        var op = new PathOp(Ex("d"), new ZeroOrMorePath(P), V("y"));
        Assert.Equal(["y=:d"], Rows(op, Data));
    }

    [Fact]
    public void Zero_or_more_from_a_term_not_in_the_graph_yields_that_term()
    {
        var op = new PathOp(Ex("nowhere"), new ZeroOrMorePath(P), V("y"));
        Assert.Equal(["y=:nowhere"], Rows(op, Data));
    }

    [Fact]
    public void Zero_or_more_between_two_variables_pairs_every_node_with_itself()
    {
        var op = new PathOp(V("x"), new ZeroOrMorePath(new LinkPath(Ex("other"))), V("y"));
        // Every node of the graph (a..e) with itself, plus d -> e.
        Assert.Equal(
            ["x=:a y=:a", "x=:b y=:b", "x=:c y=:c", "x=:d y=:d", "x=:d y=:e", "x=:e y=:e"],
            Rows(op, Data));
    }

    [Fact]
    public void One_or_more_backwards_from_a_bound_end()
    {
        var op = new PathOp(V("x"), new OneOrMorePath(P), Ex("d"));
        Assert.Equal(["x=:a", "x=:b", "x=:c"], Rows(op, Data));
    }

    [Fact]
    public void Same_variable_at_both_ends_finds_nodes_on_a_cycle()
    {
        var op = new PathOp(V("x"), new OneOrMorePath(P), V("x"));
        Assert.Equal(["x=:a", "x=:b", "x=:c"], Rows(op, Data));
    }

    [Fact]
    public void Zero_or_one_yields_each_pair_once()
    {
        var op = new PathOp(Ex("c"), new ZeroOrOnePath(P), V("y"));
        Assert.Equal(["y=:a", "y=:c", "y=:d"], Rows(op, Data));
    }

    [Fact]
    public void Sequence_and_inverse_paths_follow_the_steps()
    {
        var seq = new PathOp(Ex("a"), new SequencePath(P, P), V("y"));
        var inverse = new PathOp(Ex("a"), new InversePath(P), V("y"));
        Assert.Equal(["y=:c"], Rows(seq, Data));
        Assert.Equal(["y=:c"], Rows(inverse, Data));
    }

    [Fact]
    public void Sequence_keeps_duplicate_paths_like_the_join_it_abbreviates()
    {
        var store = Store(
            Triple(Ex("s"), Ex("p"), Ex("m1")),
            Triple(Ex("s"), Ex("p"), Ex("m2")),
            Triple(Ex("m1"), Ex("p"), Ex("e")),
            Triple(Ex("m2"), Ex("p"), Ex("e")));
        Assert.Equal(["y=:e", "y=:e"], Rows(new PathOp(Ex("s"), new SequencePath(P, P), V("y")), store));
    }

    [Fact]
    public void Alternative_and_negated_property_set()
    {
        var alt = new PathOp(Ex("d"), new AlternativePath(P, new LinkPath(Ex("other"))), V("y"));
        var negated = new PathOp(V("x"), new NegatedPropertySet([Ex("p")], []), V("y"));
        var negatedInverse = new PathOp(Ex("e"), new NegatedPropertySet([], [Ex("p")]), V("y"));
        Assert.Equal(["y=:e"], Rows(alt, Data));
        Assert.Equal(["x=:d y=:e"], Rows(negated, Data));
        Assert.Equal(["y=:d"], Rows(negatedInverse, Data));
    }
}
