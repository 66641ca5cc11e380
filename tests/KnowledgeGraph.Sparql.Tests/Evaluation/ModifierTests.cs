using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Algebra;
using static KnowledgeGraph.Sparql.Tests.Evaluation.Q;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

public sealed class ModifierTests
{
    private static readonly InMemoryQuadStore Data = Store(
        Triple(Ex("a"), Ex("v"), Int(3)),
        Triple(Ex("b"), Ex("v"), Int(1)),
        Triple(Ex("c"), Ex("v"), Int(2)),
        Triple(Ex("d"), Ex("v"), Int(1)));

    private static readonly BgpOp Values = Bgp(T(V("s"), Ex("v"), V("v")));

    [Fact]
    public void Order_by_sorts_and_keeps_ties_in_input_order()
    {
        var byValue = new OrderByOp(new OrderByOp(Values, [new OrderCondition(E("s"))]), [new OrderCondition(E("v"))]);
        Assert.Equal(["s=:b v=1", "s=:d v=1", "s=:c v=2", "s=:a v=3"], OrderedRows(byValue, Data));
    }

    [Fact]
    public void Order_by_descending()
    {
        var op = new ProjectOp(new OrderByOp(Values, [new OrderCondition(E("v"), Descending: true), new OrderCondition(E("s"))]), ["s"]);
        Assert.Equal(["s=:a", "s=:c", "s=:b", "s=:d"], OrderedRows(op, Data));
    }

    [Fact]
    public void Slice_applies_offset_then_limit()
    {
        var op = new SliceOp(new OrderByOp(Values, [new OrderCondition(E("s"))]), 1, 2);
        Assert.Equal(["s=:b v=1", "s=:c v=2"], OrderedRows(op, Data));
    }

    [Fact]
    public void Distinct_removes_duplicate_solutions_after_projection()
    {
        var op = new DistinctOp(new ProjectOp(Values, ["v"]));
        Assert.Equal(["v=1", "v=2", "v=3"], Rows(op, Data));
    }

    [Fact]
    public void Limit_inside_a_sub_query_applies_to_the_sub_query_not_per_outer_row()
    {
        var sub = new SliceOp(new ProjectOp(new OrderByOp(Values, [new OrderCondition(E("s"))]), ["s"]), 0, 1);
        var op = new JoinOp(Values, sub);
        Assert.Equal(["s=:a v=3"], Rows(op, Data));
    }

    [Fact]
    public void Project_names_the_result_variables_in_order()
    {
        var result = Engine().Select(new ProjectOp(Values, ["v", "s", "none"]), Data.OpenSnapshot());
        Assert.Equal(["v", "s", "none"], result.Variables);
        Assert.Equal(4, result.Solutions.Count);
    }
}
