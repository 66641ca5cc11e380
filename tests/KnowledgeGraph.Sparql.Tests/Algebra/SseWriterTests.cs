using KnowledgeGraph.Sparql.Algebra;
using static KnowledgeGraph.Sparql.Tests.Evaluation.Q;

namespace KnowledgeGraph.Sparql.Tests.Algebra;

public sealed class SseWriterTests
{
    [Fact]
    public void Prints_nested_operators_one_per_line_with_indentation()
    {
        var op = new ProjectOp(
            new LeftJoinOp(
                Bgp(T(V("s"), Ex("p"), V("o")), T(V("o"), Ex("q"), Int(1))),
                Bgp(T(V("s"), Ex("r"), V("x"))),
                Call("<", E("x"), C(Int(5)))),
            ["s", "x"]);
        Assert.Equal(
            """
            (project (?s ?x)
              (leftjoin
                (bgp
                  (triple ?s <http://example.org/p> ?o)
                  (triple ?o <http://example.org/q> "1"^^<http://www.w3.org/2001/XMLSchema#integer>))
                (bgp (triple ?s <http://example.org/r> ?x))
                (< ?x "5"^^<http://www.w3.org/2001/XMLSchema#integer>)))
            """.ReplaceLineEndings("\n"),
            SseWriter.Write(op));
    }

    [Fact]
    public void Prints_paths_groups_order_and_slices()
    {
        var path = new PathOp(V("a"), new SequencePath(new OneOrMorePath(new LinkPath(Ex("p"))), new InversePath(new LinkPath(Ex("q")))), V("b"));
        var group = new GroupOp(path, [GroupKey.Of("a")], [new AggregateBinding("n", new Aggregate(AggregateKind.Count, E("b"), Distinct: true))]);
        var op = new SliceOp(new OrderByOp(group, [new OrderCondition(E("n"), Descending: true)]), 0, 10);
        Assert.Equal(
            """
            (slice _ 10
              (order ((desc ?n))
                (group (?a) ((?n (count distinct ?b)))
                  (path ?a (seq (path+ <http://example.org/p>) (reverse <http://example.org/q>)) ?b))))
            """.ReplaceLineEndings("\n"),
            SseWriter.Write(op));
    }

    [Fact]
    public void Prints_tables_and_functional_forms()
    {
        Assert.Equal("(table unit)", TableOp.Unit.ToString());
        Assert.Equal("(table empty)", TableOp.Empty.ToString());
        var values = new TableOp(["x", "y"], [[Ex("a"), null]]);
        Assert.Equal("(table (vars ?x ?y)\n  (row [?x <http://example.org/a>]))", values.ToString());
        Expression e = new AndExpression(new NotExpression(new BoundExpression("x")), new InExpression(E("y"), [C(Int(1))], Negated: true));
        Assert.Equal("(&& (! (bound ?x)) (notin ?y \"1\"^^<http://www.w3.org/2001/XMLSchema#integer>))", e.ToString());
        Expression exists = new ExistsExpression(Bgp(T(V("x"), Ex("p"), V("y"))), Negated: true);
        Assert.Equal("(notexists (bgp (triple ?x <http://example.org/p> ?y)))", exists.ToString());
    }
}
