using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Algebra;
using static KnowledgeGraph.Sparql.Tests.Evaluation.Q;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

public sealed class OptionalTests
{
    private static readonly InMemoryQuadStore Data = Store(
        Triple(Ex("a"), Ex("age"), Int(30)),
        Triple(Ex("b"), Ex("age"), Int(10)),
        Triple(Ex("c"), Ex("age"), Int(50)),
        Triple(Ex("a"), Ex("limit"), Int(20)),
        Triple(Ex("b"), Ex("limit"), Int(20)),
        Triple(Ex("a"), Ex("mail"), Str("a@x")),
        Triple(Ex("a"), Ex("nick"), Str("ay")));

    [Fact]
    public void Optional_keeps_left_rows_without_a_match()
    {
        var op = new LeftJoinOp(Bgp(T(V("s"), Ex("age"), V("age"))), Bgp(T(V("s"), Ex("mail"), V("m"))));
        Assert.Equal(["age=10 s=:b", "age=30 m='a@x' s=:a", "age=50 s=:c"], Rows(op, Data));
    }

    [Fact]
    public void Optional_filter_is_evaluated_over_both_sides_merged()
    {
        // OPTIONAL { ?s :limit ?l FILTER(?age > ?l) }: only :a's age exceeds its limit.
        var op = new LeftJoinOp(
            Bgp(T(V("s"), Ex("age"), V("age"))),
            Bgp(T(V("s"), Ex("limit"), V("l"))),
            Call(">", E("age"), E("l")));
        Assert.Equal(["age=10 s=:b", "age=30 l=20 s=:a", "age=50 s=:c"], Rows(op, Data));
    }

    [Fact]
    public void Nested_optional_extends_only_rows_the_outer_optional_matched()
    {
        var inner = new LeftJoinOp(Bgp(T(V("s"), Ex("mail"), V("m"))), Bgp(T(V("s"), Ex("nick"), V("n"))));
        var op = new LeftJoinOp(Bgp(T(V("s"), Ex("age"), V("age"))), inner);
        Assert.Equal(["age=10 s=:b", "age=30 m='a@x' n='ay' s=:a", "age=50 s=:c"], Rows(op, Data));
    }

    [Fact]
    public void Optional_whose_right_side_shares_no_variable_extends_every_row()
    {
        var op = new LeftJoinOp(Bgp(T(V("s"), Ex("mail"), V("m"))), Bgp(T(V("t"), Ex("nick"), V("n"))));
        Assert.Equal(["m='a@x' n='ay' s=:a t=:a"], Rows(op, Data));
    }

    [Fact]
    public void Optional_right_side_with_its_own_filter_is_not_given_left_bindings()
    {
        // { ?s :age ?age OPTIONAL { { ?t :limit ?l FILTER(?age > 0) } } }: ?age is unbound in the inner group.
        var right = new FilterOp(Call(">", E("age"), C(Int(0))), Bgp(T(V("t"), Ex("limit"), V("l"))));
        var op = new LeftJoinOp(Bgp(T(V("s"), Ex("age"), V("age"))), right);
        Assert.Equal(["age=10 s=:b", "age=30 s=:a", "age=50 s=:c"], Rows(op, Data, new() { Optimize = false }));
    }

    [Fact]
    public void Optional_with_not_bound_filter_keeps_only_rows_without_a_match()
    {
        var lj = new LeftJoinOp(Bgp(T(V("s"), Ex("age"), V("age"))), Bgp(T(V("s"), Ex("limit"), V("l"))));
        var op = new FilterOp(new NotExpression(new BoundExpression("l")), lj);
        Assert.Equal(["age=50 s=:c"], Rows(op, Data, new() { Optimize = false }));
        Assert.Equal(["age=50 s=:c"], Rows(op, Data));
    }

    [Fact]
    public void Anti_join_drops_left_rows_with_a_filtered_match()
    {
        var op = new AntiJoinOp(
            Bgp(T(V("s"), Ex("age"), V("age"))),
            Bgp(T(V("s"), Ex("limit"), V("l"))),
            Call(">", E("age"), E("l")));
        Assert.Equal(["age=10 s=:b", "age=50 s=:c"], Rows(op, Data));
    }

    [Fact]
    public void Optional_inside_a_join_is_not_given_bindings_its_optional_side_would_conflict_with()
    {
        // { ?x :p ?v { ?x :q ?y OPTIONAL { ?y :r ?v } } }: the group alone gives v=2, which conflicts with v=1.
        // Pushing v=1 into the OPTIONAL would wrongly turn the conflict into "no match" and keep the row.
        var store = Store(Triple(Ex("a"), Ex("p"), Int(1)), Triple(Ex("a"), Ex("q"), Ex("b")), Triple(Ex("b"), Ex("r"), Int(2)));
        var group = new LeftJoinOp(Bgp(T(V("x"), Ex("q"), V("y"))), Bgp(T(V("y"), Ex("r"), V("v"))));
        var op = new JoinOp(Bgp(T(V("x"), Ex("p"), V("v"))), group);
        Assert.Empty(Rows(op, store));
    }
}
