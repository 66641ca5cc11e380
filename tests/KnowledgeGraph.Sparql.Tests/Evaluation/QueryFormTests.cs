using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Algebra;
using static KnowledgeGraph.Sparql.Tests.Evaluation.Q;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

public sealed class QueryFormTests
{
    private static readonly InMemoryQuadStore Data = Store(
        Triple(Ex("a"), Ex("name"), Str("A")),
        Triple(Ex("b"), Ex("name"), Str("B")));

    [Fact]
    public void Ask_is_true_exactly_when_there_is_a_solution()
    {
        Assert.True(Engine().Ask(Bgp(T(V("s"), Ex("name"), Str("A"))), Data.OpenSnapshot()));
        Assert.False(Engine().Ask(Bgp(T(V("s"), Ex("name"), Str("C"))), Data.OpenSnapshot()));
    }

    [Fact]
    public void Construct_uses_fresh_blank_nodes_per_solution_and_skips_unbound_triples()
    {
        TriplePattern[] template =
        [
            T(new BlankNode("n"), Ex("label"), V("name")),
            T(new BlankNode("n"), Ex("of"), V("s")),
            T(V("s"), Ex("missing"), V("unbound")),
        ];
        List<Triple> triples = Engine().Construct(template, Bgp(T(V("s"), Ex("name"), V("name"))), Data.OpenSnapshot()).ToList();
        Assert.Equal(4, triples.Count);
        var blanks = triples.Select(static t => t.Subject).Distinct().ToList();
        Assert.Equal(2, blanks.Count);
        Assert.All(blanks, static b => Assert.IsType<BlankNode>(b));
    }

    [Fact]
    public void Service_fails_unless_silent()
    {
        var service = new ServiceOp(Ex("endpoint"), Bgp(T(V("s"), V("p"), V("o"))), Silent: false);
        Assert.Throws<NotSupportedException>(() => Rows(service, Data));
        Assert.Equal([""], Rows(service with { Silent = true }, Data));
    }
}
