using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Algebra;
using static KnowledgeGraph.Sparql.Tests.Evaluation.Q;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

public sealed class ExistsTests
{
    private static readonly InMemoryQuadStore Data = Store(
        Triple(Ex("a"), Ex("age"), Int(30)),
        Triple(Ex("b"), Ex("age"), Int(10)),
        Triple(Ex("a"), Ex("friend"), Ex("b")),
        Triple(Ex("b"), Ex("friend"), Ex("a")));

    private static readonly BgpOp People = Bgp(T(V("s"), Ex("age"), V("age")));

    [Fact]
    public void Exists_is_evaluated_with_the_row_bindings_substituted()
    {
        var pattern = Bgp(T(V("s"), Ex("friend"), V("f")), T(V("f"), Ex("age"), V("fa")));
        var older = new FilterOp(Call(">", E("fa"), E("age")), pattern);
        var op = new FilterOp(new ExistsExpression(older), People);
        Assert.Equal(["age=10 s=:b"], Rows(op, Data));
    }

    [Fact]
    public void Not_exists_keeps_rows_for_which_the_pattern_has_no_solution()
    {
        var op = new FilterOp(new ExistsExpression(Bgp(T(V("s"), Ex("friend"), Ex("b"))), Negated: true), People);
        Assert.Equal(["age=10 s=:b"], Rows(op, Data));
    }

    [Fact]
    public void Exists_inside_graph_uses_the_active_graph()
    {
        var store = Store(
            Triple(Ex("a"), Ex("p"), Int(1), Ex("g")),
            Triple(Ex("a"), Ex("q"), Int(2), Ex("g")),
            Triple(Ex("a"), Ex("q"), Int(2)));
        var inner = new FilterOp(new ExistsExpression(Bgp(T(V("s"), Ex("q"), V("o")))), Bgp(T(V("s"), Ex("p"), V("v"))));
        Assert.Equal(["g=:g s=:a v=1"], Rows(new GraphOp(V("g"), inner), store));
    }
}
