using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Optimization;
using KnowledgeGraph.Sparql.Tests.Evaluation;
using static KnowledgeGraph.Sparql.Tests.Evaluation.Q;

namespace KnowledgeGraph.Sparql.Tests.Algebra;

/// <summary>Each rewrite as a golden pair: input algebra, expected SSE after optimisation.</summary>
public sealed class OptimizerTests
{
    private static string Optimize(AlgebraOp op) =>
        AlgebraOptimizer.Optimize(op, new TestFunctions()).ToString().Replace("http://example.org/", "", StringComparison.Ordinal);

    private static BgpOp P(string s, string p, string o) => Bgp(T(V(s), Ex(p), V(o)));

    [Fact]
    public void Filter_conjuncts_move_to_the_join_side_that_binds_their_variables()
    {
        var op = new FilterOp(
            new AndExpression(Call("<", E("a"), C(Int(1))), Call("<", E("b"), E("a"))),
            new JoinOp(P("s", "p", "a"), P("s", "q", "b")));
        Assert.Equal(
            """
            (filter (< ?b ?a)
              (join
                (filter (< ?a "1"^^<http://www.w3.org/2001/XMLSchema#integer>)
                  (bgp (triple ?s <p> ?a)))
                (bgp (triple ?s <q> ?b))))
            """.ReplaceLineEndings("\n"),
            Optimize(op));
    }

    [Fact]
    public void Filters_never_move_into_the_optional_side()
    {
        var op = new FilterOp(Call("<", E("b"), C(Int(1))), new LeftJoinOp(P("s", "p", "a"), P("s", "q", "b")));
        Assert.Equal(
            """
            (filter (< ?b "1"^^<http://www.w3.org/2001/XMLSchema#integer>)
              (leftjoin
                (bgp (triple ?s <p> ?a))
                (bgp (triple ?s <q> ?b))))
            """.ReplaceLineEndings("\n"),
            Optimize(op));
    }

    [Fact]
    public void Filters_on_always_bound_left_variables_move_below_optional()
    {
        var op = new FilterOp(Call("<", E("a"), C(Int(1))), new LeftJoinOp(P("s", "p", "a"), P("s", "q", "b")));
        Assert.Equal(
            """
            (leftjoin
              (filter (< ?a "1"^^<http://www.w3.org/2001/XMLSchema#integer>)
                (bgp (triple ?s <p> ?a)))
              (bgp (triple ?s <q> ?b)))
            """.ReplaceLineEndings("\n"),
            Optimize(op));
    }

    [Fact]
    public void A_filter_reading_a_variable_the_other_side_may_bind_stays_above_the_join()
    {
        // ?b is optional on both sides, so either side could fill it in: the filter must see the joined row.
        var left = new LeftJoinOp(P("s", "p", "a"), P("s", "q", "b"));
        var right = new LeftJoinOp(P("s", "r", "c"), P("s", "t", "b"));
        var op = new FilterOp(new BoundExpression("b"), new JoinOp(left, right));
        Assert.StartsWith("(filter (bound ?b)\n  (join", Optimize(op), StringComparison.Ordinal);
    }

    [Fact]
    public void A_filter_moves_to_the_side_that_always_binds_its_variable_even_if_the_other_may()
    {
        var left = new LeftJoinOp(P("s", "p", "a"), P("s", "q", "b"));
        var op = new FilterOp(new BoundExpression("b"), new JoinOp(left, P("s", "r", "b")));
        Assert.EndsWith("(filter (bound ?b)\n    (bgp (triple ?s <r> ?b))))", Optimize(op), StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_with_an_iri_becomes_a_substitution()
    {
        var op = new FilterOp(Call("=", E("o"), C(Ex("x"))), P("s", "p", "o"));
        Assert.Equal(
            """
            (extend ((?o <x>))
              (bgp (triple ?s <p> <x>)))
            """.ReplaceLineEndings("\n"),
            Optimize(op));
    }

    [Fact]
    public void Equality_with_a_literal_is_not_substituted_because_it_compares_values()
    {
        var op = new FilterOp(Call("=", E("o"), C(Int(1))), P("s", "p", "o"));
        Assert.StartsWith("(filter (= ?o", Optimize(op), StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_of_two_subject_variables_becomes_a_join_on_one_variable()
    {
        var op = new FilterOp(Call("=", E("a"), E("b")), Bgp(T(V("a"), Ex("p"), V("x")), T(V("b"), Ex("q"), V("y"))));
        Assert.Equal(
            """
            (extend ((?b ?a))
              (bgp
                (triple ?a <p> ?x)
                (triple ?a <q> ?y)))
            """.ReplaceLineEndings("\n"),
            Optimize(op));
    }

    [Fact]
    public void Equality_of_variables_that_may_be_literals_is_left_alone()
    {
        var op = new FilterOp(Call("=", E("x"), E("y")), Bgp(T(V("a"), Ex("p"), V("x")), T(V("b"), Ex("q"), V("y"))));
        Assert.StartsWith("(filter (= ?x ?y)", Optimize(op), StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_with_not_bound_becomes_an_anti_join()
    {
        var op = new FilterOp(new NotExpression(new BoundExpression("b")), new LeftJoinOp(P("s", "p", "a"), P("s", "q", "b")));
        Assert.Equal(
            """
            (antijoin
              (bgp (triple ?s <p> ?a))
              (bgp (triple ?s <q> ?b)))
            """.ReplaceLineEndings("\n"),
            Optimize(op));
    }

    [Fact]
    public void Not_bound_on_a_variable_the_left_side_may_bind_is_not_an_anti_join()
    {
        var left = new LeftJoinOp(P("s", "p", "a"), P("s", "r", "b"));
        var op = new FilterOp(new NotExpression(new BoundExpression("b")), new LeftJoinOp(left, P("s", "q", "b")));
        Assert.StartsWith("(filter (! (bound ?b))", Optimize(op), StringComparison.Ordinal);
    }

    [Fact]
    public void Constant_calls_are_folded_and_true_filters_dropped()
    {
        var extend = new ExtendOp(P("s", "p", "o"), "x", Call("+", C(Int(1)), C(Int(2))));
        var op = new FilterOp(Call("<", C(Int(1)), C(Int(2))), extend);
        Assert.Equal(
            """
            (extend ((?x "3"^^<http://www.w3.org/2001/XMLSchema#integer>))
              (bgp (triple ?s <p> ?o)))
            """.ReplaceLineEndings("\n"),
            Optimize(op));
    }

    [Fact]
    public void Calls_that_fail_on_constants_are_left_for_run_time()
    {
        var op = new ExtendOp(P("s", "p", "o"), "x", Call("+", C(Int(1)), C(Str("a"))));
        Assert.Contains("(+ ", Optimize(op), StringComparison.Ordinal);
    }
}
