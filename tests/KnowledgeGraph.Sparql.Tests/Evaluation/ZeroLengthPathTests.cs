using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Querying;
using static KnowledgeGraph.Sparql.Tests.Evaluation.Q;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// A zero-length path between variables ranges over the graph's nodes, but a constant (or a value substituted into an
/// EXISTS pattern) matches itself even outside the graph (SPARQL 1.1 section 18.5).
/// </summary>
public sealed class ZeroLengthPathTests
{
    private static readonly InMemoryQuadStore Data = Store(Triple(Ex("a"), Ex("p"), Ex("b")));

    [Fact]
    public void A_joined_value_that_is_not_in_the_graph_has_no_zero_length_match()
    {
        Assert.Equal(0, Count("SELECT * { VALUES ?v { 1 } ?v <http://example.org/p>? ?v }"));
    }

    [Fact]
    public void A_joined_value_that_is_a_graph_node_matches_itself()
    {
        Assert.Equal(1, Count("SELECT * { VALUES ?v { <http://example.org/b> } ?v <http://example.org/p>* ?v }"));
    }

    [Fact]
    public void A_constant_matches_itself_even_outside_the_graph()
    {
        Assert.Equal(1, Count("SELECT * { 1 <http://example.org/p>? ?v }"));
    }

    [Fact]
    public void A_value_substituted_into_exists_matches_itself_even_outside_the_graph()
    {
        Assert.Equal(1, Count("SELECT * { VALUES ?v { 1 } FILTER EXISTS { ?v <http://example.org/p>? ?v } }"));
    }

    private static int Count(string query)
    {
        using IDatasetSnapshot snapshot = Data.OpenSnapshot();
        return new SparqlQueryProcessor().Execute(query, snapshot).Results!.Solutions.Count;
    }
}
