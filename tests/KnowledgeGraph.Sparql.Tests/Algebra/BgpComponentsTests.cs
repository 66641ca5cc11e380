using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Optimization;
using static KnowledgeGraph.Sparql.Tests.Evaluation.Q;

namespace KnowledgeGraph.Sparql.Tests.Algebra;

public sealed class BgpComponentsTests
{
    [Fact]
    public void Patterns_sharing_variables_or_blank_nodes_form_one_component()
    {
        TriplePattern a = T(V("x"), Ex("p"), V("y")), b = T(V("u"), Ex("q"), new BlankNode("n")), c = T(V("y"), Ex("r"), V("z")), d = T(new BlankNode("n"), Ex("s"), Int(1));
        List<List<TriplePattern>> components = BgpComponents.Split([a, b, c, d]);
        Assert.Equal(2, components.Count);
        Assert.Equal([a, c], components[0]);
        Assert.Equal([b, d], components[1]);
    }

    [Fact]
    public void A_disconnected_bgp_still_evaluates_to_the_cross_product()
    {
        var store = Store(Triple(Ex("a"), Ex("p"), Int(1)), Triple(Ex("b"), Ex("p"), Int(2)), Triple(Ex("c"), Ex("q"), Int(3)));
        var op = Bgp(T(V("x"), Ex("p"), V("v")), T(V("y"), Ex("q"), V("w")));
        Assert.Equal(["v=1 w=3 x=:a y=:c", "v=2 w=3 x=:b y=:c"], Rows(op, store));
    }
}
