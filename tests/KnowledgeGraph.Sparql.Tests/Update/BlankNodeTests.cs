using KnowledgeGraph.Rdf.Terms;
using static KnowledgeGraph.Sparql.Tests.Update.UpdateFixture;

namespace KnowledgeGraph.Sparql.Tests.Update;

public sealed class BlankNodeTests
{
    [Fact]
    public void Insert_templates_make_a_fresh_blank_node_per_solution()
    {
        using var store = Store(":a :p 1 . :b :p 2 .");
        Run(store, "INSERT { ?s :has _:n . _:n :value ?o } WHERE { ?s :p ?o }");
        var quads = Quads(store);
        var nodes = quads.Where(q => q.Predicate.Value == "http://ex/has").Select(q => q.Object).ToList();
        Assert.Equal(2, nodes.Distinct().Count());
        Assert.All(nodes, node => Assert.IsType<BlankNode>(node));
        // Within one solution the label names one node: each node carries the value of its own subject.
        foreach (Quad has in quads.Where(q => q.Predicate.Value == "http://ex/has"))
        {
            Term value = quads.Single(q => q.Subject.Equals(has.Object)).Object;
            Assert.Contains(quads, q => q.Subject.Equals(has.Subject) && q.Predicate.Value == "http://ex/p" && q.Object.Equals(value));
        }
    }

    [Fact]
    public void Insert_data_blank_nodes_never_merge_with_blank_nodes_already_stored()
    {
        using var store = Store("_:b1 :p 1 .");
        Run(store, "INSERT DATA { _:b1 :p 2 }");
        var subjects = Quads(store).Select(q => q.Subject).Distinct().ToList();
        Assert.Equal(2, subjects.Count);
    }

    [Fact]
    public void Running_the_same_insert_data_twice_adds_two_blank_nodes()
    {
        using var store = Store();
        Run(store, "INSERT DATA { _:x :p 1 }");
        Run(store, "INSERT DATA { _:x :p 1 }");
        Assert.Equal(2, Quads(store).Count);
    }
}
