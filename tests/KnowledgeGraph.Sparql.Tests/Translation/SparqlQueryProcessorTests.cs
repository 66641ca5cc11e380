using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Querying;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Translation;

namespace KnowledgeGraph.Sparql.Tests.Translation;

public sealed class SparqlQueryProcessorTests
{
    private static readonly Iri P = new("http://example.org/p");
    private static readonly Iri Q = new("http://example.org/q");
    private static readonly Iri A = new("http://example.org/a");
    private static readonly Iri B = new("http://example.org/b");

    private static InMemoryQuadStore Store()
    {
        var store = new InMemoryQuadStore();
        var blank = new BlankNode("n");
        store.Load([
            new Quad(A, P, blank, null),
            new Quad(blank, Q, new Literal("inner", new Iri("http://www.w3.org/2001/XMLSchema#string")), null),
            new Quad(A, Q, B, null),
            new Quad(B, P, A, null),
        ]);
        return store;
    }

    [Fact]
    public void Select_runs_end_to_end_and_reports_order_when_the_query_sorts()
    {
        using var store = Store();
        using var snapshot = store.OpenSnapshot();
        SparqlQueryResult result = new SparqlQueryProcessor().Execute("SELECT ?o { <http://example.org/a> ?p ?o } ORDER BY ?o", snapshot);
        Assert.Equal(QueryForm.Select, result.Form);
        Assert.True(result.IsOrdered);
        Assert.Equal(2, result.Results!.Solutions.Count);
    }

    [Fact]
    public void Describe_gives_the_resource_triples_and_follows_blank_node_objects_but_not_iris()
    {
        using var store = Store();
        using var snapshot = store.OpenSnapshot();
        SparqlQueryResult result = new SparqlQueryProcessor().Execute("DESCRIBE <http://example.org/a>", snapshot);
        Assert.Equal(3, result.Triples!.Count);
        Assert.DoesNotContain(result.Triples, t => t.Subject.Equals(B));
        Assert.Contains(result.Triples, t => t.Subject is BlankNode && t.Predicate.Equals(Q));
    }

    [Fact]
    public void Construct_instantiates_the_template_per_solution()
    {
        using var store = Store();
        using var snapshot = store.OpenSnapshot();
        SparqlQueryResult result = new SparqlQueryProcessor().Execute("CONSTRUCT { ?o <http://example.org/r> ?s } WHERE { ?s <http://example.org/p> ?o }", snapshot);
        Assert.Equal(2, result.Triples!.Count);
        Assert.All(result.Triples, t => Assert.Equal("http://example.org/r", t.Predicate.Value));
    }

    [Fact]
    public void A_cancelled_query_stops_with_cancellation()
    {
        using var store = Store();
        using var snapshot = store.OpenSnapshot();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var options = new QueryOptions { CancellationToken = cancel.Token };
        Assert.ThrowsAny<OperationCanceledException>(() => new SparqlQueryProcessor().Execute("SELECT * { ?s ?p ?o }", snapshot, options));
    }

    [Fact]
    public void Syntax_errors_surface_with_their_position()
    {
        var error = Assert.Throws<SparqlSyntaxException>(() => SparqlQueryProcessor.Prepare("SELECT * {\n ?s ?p }"));
        Assert.Equal(2, error.Line);
    }
}
