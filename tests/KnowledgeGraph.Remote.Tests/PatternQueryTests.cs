using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>
/// The page queries' text. Our own engine happens to answer in a stable order even without ORDER BY, so the
/// differential test cannot see a missing one; other stores (Virtuoso) do not, hence this check.
/// </summary>
public sealed class PatternQueryTests
{
    [Fact]
    public void A_page_is_ordered_on_every_unbound_position_and_the_graph()
    {
        string query = PatternQuery.Select(QuadPattern.InAllGraphs(predicate: new Iri("http://example.org/p")), 500, 1000);

        Assert.Equal("SELECT ?s ?o ?g WHERE { { ?s <http://example.org/p> ?o } UNION { GRAPH ?g { ?s <http://example.org/p> ?o } } } ORDER BY ?s ?o ?g LIMIT 500 OFFSET 1000", query);
    }

    [Fact]
    public void A_fully_bound_pattern_in_one_graph_asks_whether_it_exists()
    {
        string query = PatternQuery.Select(QuadPattern.InGraph(new Iri("http://example.org/g"), new Iri("http://example.org/s"), new Iri("http://example.org/p"), Literal.LanguageTagged("x \"y\"", "en")), 2, 0);

        Assert.Equal("SELECT (1 AS ?found) WHERE { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> \"x \\\"y\\\"\"@en } } LIMIT 2 OFFSET 0", query);
    }
}
