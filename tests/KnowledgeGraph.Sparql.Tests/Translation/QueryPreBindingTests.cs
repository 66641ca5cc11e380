using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Querying;

namespace KnowledgeGraph.Sparql.Tests.Translation;

public sealed class QueryPreBindingTests
{
    private static readonly Iri P = new("http://example.org/p");
    private static readonly Iri A = new("http://example.org/a");
    private static readonly Iri B = new("http://example.org/b");
    private static readonly Iri C = new("http://example.org/c");

    private static SparqlQueryResult Run(string query, params (string Name, Term Value)[] bindings)
    {
        using var store = new InMemoryQuadStore();
        store.Load([new Quad(A, P, B, null), new Quad(B, P, C, null)]);
        using var snapshot = store.OpenSnapshot();
        var prepared = QueryPreBinding.Apply(SparqlQueryProcessor.Prepare(query), bindings.ToDictionary(static b => b.Name, static b => b.Value));
        return new SparqlQueryProcessor().Execute(prepared, snapshot);
    }

    [Fact]
    public void A_pre_bound_variable_restricts_the_triple_patterns_it_appears_in()
    {
        var result = Run("SELECT ?o WHERE { $this <http://example.org/p> ?o }", ("this", A));
        Assert.Equal([B], result.Results!.Solutions.Select(static s => s["o"]));
    }

    [Fact]
    public void The_outermost_projection_still_reports_the_pre_bound_variable()
    {
        var result = Run("SELECT $this ?o WHERE { $this <http://example.org/p> ?o }", ("this", B));
        var solution = Assert.Single(result.Results!.Solutions);
        Assert.Equal(B, solution["this"]);
        Assert.Equal(C, solution["o"]);
    }

    [Fact]
    public void A_filter_alone_in_a_group_sees_the_pre_bound_value_where_a_join_would_not()
    {
        Assert.Single(Run("SELECT $this WHERE { FILTER ($this = <http://example.org/a>) }", ("this", A)).Results!.Solutions);
        Assert.Empty(Run("SELECT $this WHERE { FILTER ($this = <http://example.org/a>) }", ("this", B)).Results!.Solutions);
    }

    [Fact]
    public void Bound_of_a_pre_bound_variable_is_true_and_sub_queries_are_substituted_too()
    {
        var result = Run("SELECT $this WHERE { FILTER bound($this) { SELECT $this ?x WHERE { $this <http://example.org/p> ?x } } }", ("this", B));
        Assert.Single(result.Results!.Solutions);
    }

    [Fact]
    public void Exists_patterns_see_the_pre_bound_value()
    {
        Assert.True(Run("ASK { FILTER EXISTS { $this <http://example.org/p> $value } }", ("this", A), ("value", B)).Results!.Boolean);
        Assert.False(Run("ASK { FILTER EXISTS { $this <http://example.org/p> $value } }", ("this", A), ("value", C)).Results!.Boolean);
    }

    [Fact]
    public void No_bindings_leave_the_query_as_it_was()
    {
        var query = SparqlQueryProcessor.Prepare("SELECT * { ?s ?p ?o }");
        Assert.Same(query, QueryPreBinding.Apply(query, new Dictionary<string, Term>()));
    }
}
