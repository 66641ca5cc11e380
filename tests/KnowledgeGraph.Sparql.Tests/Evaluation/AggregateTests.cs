using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Algebra;
using static KnowledgeGraph.Sparql.Tests.Evaluation.Q;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

public sealed class AggregateTests
{
    private static readonly InMemoryQuadStore Data = Store(
        Triple(Ex("a"), Ex("n"), Int(1)),
        Triple(Ex("a"), Ex("n"), Int(2)),
        Triple(Ex("b"), Ex("n"), Int(2)),
        Triple(Ex("b"), Ex("n"), Str("x")),
        Triple(Ex("c"), Ex("m"), Int(5)));

    private static readonly BgpOp Numbers = Bgp(T(V("s"), Ex("n"), V("v")));

    private static GroupOp Group(AlgebraOp input, string[] keys, params (string Var, Aggregate Agg)[] aggregates) =>
        new(input, keys.Select(GroupKey.Of).ToList(), aggregates.Select(static a => new AggregateBinding(a.Var, a.Agg)).ToList());

    [Fact]
    public void Count_star_without_group_by_over_no_rows_is_one_row_with_zero()
    {
        var op = Group(Bgp(T(V("s"), Ex("missing"), V("v"))), [], ("c", new Aggregate(AggregateKind.Count, null)));
        Assert.Equal(["c=0"], Rows(op, Data));
    }

    [Fact]
    public void Group_by_over_no_rows_gives_no_rows()
    {
        var op = Group(Bgp(T(V("s"), Ex("missing"), V("v"))), ["s"], ("c", new Aggregate(AggregateKind.Count, null)));
        Assert.Empty(Rows(op, Data));
    }

    [Fact]
    public void Empty_group_gives_zero_sum_and_unbound_min()
    {
        var op = Group(
            Bgp(T(V("s"), Ex("missing"), V("v"))),
            [],
            ("sum", new Aggregate(AggregateKind.Sum, E("v"))),
            ("min", new Aggregate(AggregateKind.Min, E("v"))),
            ("avg", new Aggregate(AggregateKind.Avg, E("v"))));
        Assert.Equal(["avg=0 sum=0"], Rows(op, Data));
    }

    [Fact]
    public void Sum_over_a_non_number_is_an_error_that_leaves_the_variable_unbound()
    {
        var op = Group(Numbers, ["s"], ("sum", new Aggregate(AggregateKind.Sum, E("v"))));
        Assert.Equal(["s=:a sum=3", "s=:b"], Rows(op, Data));
    }

    [Fact]
    public void Count_counts_bound_values_and_distinct_removes_duplicates()
    {
        var withOptional = new LeftJoinOp(Bgp(T(V("s"), V("p"), V("o"))), Bgp(T(V("s"), Ex("m"), V("m"))));
        var op = Group(
            withOptional,
            [],
            ("all", new Aggregate(AggregateKind.Count, null)),
            ("m", new Aggregate(AggregateKind.Count, E("m"))),
            ("subjects", new Aggregate(AggregateKind.Count, E("s"), Distinct: true)));
        Assert.Equal(["all=5 m=1 subjects=3"], Rows(op, Data));
    }

    [Fact]
    public void Min_max_avg_sample_and_group_concat_per_group()
    {
        var op = Group(
            Bgp(T(Ex("a"), Ex("n"), V("v"))),
            [],
            ("min", new Aggregate(AggregateKind.Min, E("v"))),
            ("max", new Aggregate(AggregateKind.Max, E("v"))),
            ("avg", new Aggregate(AggregateKind.Avg, E("v"))),
            ("sample", new Aggregate(AggregateKind.Sample, E("v"))),
            ("concat", new Aggregate(AggregateKind.GroupConcat, E("v"), Separator: ",")));
        List<string> rows = Rows(op, Data);
        Assert.Single(rows);
        Assert.StartsWith("avg=1.5 concat=", rows[0], StringComparison.Ordinal);
        Assert.Contains("max=2 min=1 sample=", rows[0], StringComparison.Ordinal);
        Assert.True(rows[0].Contains("concat='1,2'", StringComparison.Ordinal) || rows[0].Contains("concat='2,1'", StringComparison.Ordinal));
    }

    [Fact]
    public void Group_key_expression_can_bind_a_new_variable()
    {
        var key = new GroupKey(Call("STR", E("s")), "k");
        var op = new GroupOp(Numbers, [key], [new AggregateBinding("c", new Aggregate(AggregateKind.Count, null))]);
        Assert.Equal(["c=2 k='http://example.org/a'", "c=2 k='http://example.org/b'"], Rows(op, Data));
    }
}
