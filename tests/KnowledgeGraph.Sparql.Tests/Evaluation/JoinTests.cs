using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Algebra;
using static KnowledgeGraph.Sparql.Tests.Evaluation.Q;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

public sealed class JoinTests
{
    private static readonly InMemoryQuadStore Data = Store(
        Triple(Ex("a"), Ex("knows"), Ex("b")),
        Triple(Ex("b"), Ex("knows"), Ex("c")),
        Triple(Ex("c"), Ex("knows"), Ex("c")),
        Triple(Ex("a"), Ex("name"), Str("A")),
        Triple(Ex("b"), Ex("name"), Str("B")));

    [Fact]
    public void Bgp_joins_its_patterns_on_shared_variables()
    {
        var op = Bgp(T(V("x"), Ex("knows"), V("y")), T(V("y"), Ex("name"), V("n")));
        Assert.Equal(["n='B' x=:a y=:b"], Rows(op, Data));
    }

    [Fact]
    public void A_variable_repeated_in_one_pattern_must_match_the_same_term()
    {
        var op = Bgp(T(V("x"), Ex("knows"), V("x")));
        Assert.Equal(["x=:c"], Rows(op, Data));
    }

    [Fact]
    public void A_constant_unknown_to_the_store_matches_nothing()
    {
        var op = Bgp(T(V("x"), Ex("unknown"), V("y")));
        Assert.Empty(Rows(op, Data));
    }

    [Fact]
    public void An_empty_bgp_has_one_empty_solution()
    {
        Assert.Equal([""], Rows(Bgp(), Data));
    }

    [Fact]
    public void Blank_nodes_in_patterns_act_as_hidden_variables()
    {
        var op = Bgp(T(V("x"), Ex("knows"), new Rdf.Terms.BlankNode("b")), T(new Rdf.Terms.BlankNode("b"), Ex("name"), V("n")));
        Assert.Equal(["n='B' x=:a"], Rows(op, Data));
    }

    [Fact]
    public void Join_of_disconnected_patterns_is_the_cross_product()
    {
        var op = new JoinOp(Bgp(T(V("x"), Ex("name"), V("n"))), Bgp(T(Ex("c"), Ex("knows"), V("z"))));
        Assert.Equal(["n='A' x=:a z=:c", "n='B' x=:b z=:c"], Rows(op, Data));
    }

    [Fact]
    public void Join_treats_unbound_variables_as_compatible()
    {
        // The right side binds ?n only in its second branch; the join keeps both.
        var right = new UnionOp(Bgp(T(V("x"), Ex("knows"), Ex("c"))), Bgp(T(V("x"), Ex("name"), V("n"))));
        var op = new JoinOp(Bgp(T(V("x"), Ex("knows"), V("y"))), right);
        Assert.Equal(
            ["n='A' x=:a y=:b", "n='B' x=:b y=:c", "x=:b y=:c", "x=:c y=:c"],
            Rows(op, Data));
    }

    [Fact]
    public void Filter_inside_a_group_does_not_see_variables_bound_by_the_enclosing_join()
    {
        // { ?x :name ?n { ?x :knows ?y FILTER(?n = "A") } }: ?n is unbound inside the group, so the filter fails.
        var inner = new FilterOp(Call("=", E("n"), C(Str("A"))), Bgp(T(V("x"), Ex("knows"), V("y"))));
        var op = new JoinOp(Bgp(T(V("x"), Ex("name"), V("n"))), inner);
        Assert.Empty(Rows(op, Data, new() { Optimize = false }));
        Assert.Empty(Rows(op, Data));
    }

    [Fact]
    public void Union_keeps_duplicates()
    {
        var branch = Bgp(T(Ex("a"), Ex("knows"), V("y")));
        Assert.Equal(["y=:b", "y=:b"], Rows(new UnionOp(branch, branch), Data));
    }

    [Fact]
    public void Values_join_with_undef_cells_matching_anything()
    {
        var table = new TableOp(["x", "n"], [[Ex("a"), null], [null, Str("B")]]);
        var op = new JoinOp(Bgp(T(V("x"), Ex("name"), V("n"))), table);
        Assert.Equal(["n='A' x=:a", "n='B' x=:b"], Rows(op, Data));
    }

    [Fact]
    public void Sub_select_variables_that_are_not_projected_do_not_meet_outer_variables()
    {
        // ?y inside the sub-select is a different variable from the outer ?y.
        var sub = new ProjectOp(Bgp(T(V("x"), Ex("knows"), V("y"))), ["x"]);
        var op = new JoinOp(Bgp(T(V("x"), Ex("name"), V("y"))), sub);
        Assert.Equal(["x=:a y='A'", "x=:b y='B'"], Rows(op, Data));
    }
}
