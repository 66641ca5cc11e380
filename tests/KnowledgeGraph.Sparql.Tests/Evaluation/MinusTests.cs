using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Algebra;
using static KnowledgeGraph.Sparql.Tests.Evaluation.Q;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

public sealed class MinusTests
{
    private static readonly InMemoryQuadStore Data = Store(
        Triple(Ex("a"), Ex("type"), Ex("Person")),
        Triple(Ex("b"), Ex("type"), Ex("Person")),
        Triple(Ex("a"), Ex("banned"), Ex("yes")));

    [Fact]
    public void Minus_removes_rows_compatible_with_a_right_row()
    {
        var op = new MinusOp(Bgp(T(V("s"), Ex("type"), Ex("Person"))), Bgp(T(V("s"), Ex("banned"), V("why"))));
        Assert.Equal(["s=:b"], Rows(op, Data));
    }

    [Fact]
    public void Minus_without_shared_variables_removes_nothing()
    {
        var op = new MinusOp(Bgp(T(V("s"), Ex("type"), Ex("Person"))), Bgp(T(V("x"), Ex("banned"), V("why"))));
        Assert.Equal(["s=:a", "s=:b"], Rows(op, Data));
    }

    [Fact]
    public void Minus_of_an_empty_right_side_keeps_everything()
    {
        var op = new MinusOp(Bgp(T(V("s"), Ex("type"), Ex("Person"))), Bgp(T(V("s"), Ex("unknown"), V("x"))));
        Assert.Equal(["s=:a", "s=:b"], Rows(op, Data));
    }
}
