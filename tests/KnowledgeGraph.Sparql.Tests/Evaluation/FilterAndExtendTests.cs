using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Algebra;
using static KnowledgeGraph.Sparql.Tests.Evaluation.Q;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

public sealed class FilterAndExtendTests
{
    private static readonly InMemoryQuadStore Data = Store(
        Triple(Ex("a"), Ex("v"), Int(1)),
        Triple(Ex("b"), Ex("v"), Int(2)),
        Triple(Ex("c"), Ex("v"), Str("x")));

    private static readonly BgpOp Values = Bgp(T(V("s"), Ex("v"), V("v")));

    [Fact]
    public void Filter_keeps_rows_whose_condition_is_true()
    {
        var op = new FilterOp(Call(">", E("v"), C(Int(1))), Values);
        Assert.Equal(["s=:b v=2"], Rows(op, Data));
    }

    [Fact]
    public void Filter_error_counts_as_false()
    {
        // "x" > 1 is a type error: that row is dropped, not kept and not fatal.
        var op = new FilterOp(new NotExpression(Call(">", E("v"), C(Int(1)))), Values);
        Assert.Equal(["s=:a v=1"], Rows(op, Data));
    }

    [Fact]
    public void Or_is_true_when_one_side_is_true_and_the_other_an_error()
    {
        var op = new FilterOp(new OrExpression(Call(">", E("v"), C(Int(1))), Call("=", E("s"), C(Ex("c")))), Values);
        Assert.Equal(["s=:b v=2", "s=:c v='x'"], Rows(op, Data));
    }

    [Fact]
    public void Extend_error_leaves_the_variable_unbound()
    {
        var op = new ExtendOp(Values, "w", Call("+", E("v"), C(Int(10))));
        Assert.Equal(["s=:a v=1 w=11", "s=:b v=2 w=12", "s=:c v='x'"], Rows(op, Data));
    }

    [Fact]
    public void Extend_of_an_unbound_variable_leaves_the_target_unbound()
    {
        var op = new ExtendOp(Values, "w", E("nothing"));
        Assert.Equal(3, Rows(op, Data).Count(static r => !r.Contains("w=", StringComparison.Ordinal)));
    }

    [Fact]
    public void Coalesce_skips_errors_and_if_evaluates_only_the_chosen_branch()
    {
        var coalesce = new CoalesceExpression([E("nothing"), Call("+", E("v"), C(Int(1))), C(Int(0))]);
        var iff = new IfExpression(Call("=", E("s"), C(Ex("a"))), C(Str("yes")), E("nothing"));
        var op = new ExtendOp(new ExtendOp(Values, "c", coalesce), "i", iff);
        Assert.Equal(["c=0 s=:c v='x'", "c=2 i='yes' s=:a v=1", "c=3 s=:b v=2"], Rows(op, Data));
    }

    [Fact]
    public void In_and_not_in_compare_with_equality()
    {
        var inList = new FilterOp(new InExpression(E("v"), [C(Int(2)), C(Int(3))]), Values);
        var notIn = new FilterOp(new InExpression(E("s"), [C(Ex("a"))], Negated: true), Values);
        Assert.Equal(["s=:b v=2"], Rows(inList, Data));
        Assert.Equal(["s=:b v=2", "s=:c v='x'"], Rows(notIn, Data));
    }
}
