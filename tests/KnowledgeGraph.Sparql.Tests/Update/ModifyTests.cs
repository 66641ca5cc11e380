using static KnowledgeGraph.Sparql.Tests.Update.UpdateFixture;

namespace KnowledgeGraph.Sparql.Tests.Update;

public sealed class ModifyTests
{
    [Fact]
    public void Deleting_and_reinserting_the_same_quads_keeps_them()
    {
        using var store = Store(":a :p 1 .");
        var result = Run(store, "DELETE { ?s :p ?o } INSERT { ?s :p ?o } WHERE { ?s :p ?o }");
        Assert.Equal([":a :p 1"], Dump(store));
        Assert.Equal((0L, 0L), (result.QuadsAdded, result.QuadsRemoved));
    }

    [Fact]
    public void Deletions_and_insertions_come_from_the_same_solutions_taken_before_any_change()
    {
        using var store = Store(":a :v 1 . :b :v 2 .");
        Run(store, "DELETE { :a :v ?x . :b :v ?y } INSERT { :a :v ?y . :b :v ?x } WHERE { :a :v ?x . :b :v ?y }");
        Assert.Equal([":a :v 2", ":b :v 1"], Dump(store));
    }

    [Fact]
    public void Template_quads_with_unbound_variables_are_skipped()
    {
        using var store = Store(":a :p 1 . :b :p 2 . :b :label \"bee\" .");
        Run(store, "INSERT { ?s :named ?l } WHERE { ?s :p ?o OPTIONAL { ?s :label ?l } }");
        Assert.Contains(":b :named bee", Dump(store));
        Assert.DoesNotContain(Dump(store), line => line.StartsWith(":a :named", StringComparison.Ordinal));
    }

    [Fact]
    public void Template_quads_that_would_be_ill_formed_are_skipped()
    {
        using var store = Store(":a :p 1 .");
        Run(store, "INSERT { ?o :q ?s . ?s ?o :x . GRAPH ?o { ?s :r ?o } . ?s :ok ?o } WHERE { ?s :p ?o }");
        Assert.Equal([":a :ok 1", ":a :p 1"], Dump(store));
    }

    [Fact]
    public void With_names_the_graph_of_both_the_templates_and_the_where_clause()
    {
        using var store = Store(":a :p 0 . :g { :a :p 1 }");
        Run(store, "WITH :g DELETE { ?s :p ?o } INSERT { ?s :q ?o } WHERE { ?s :p ?o }");
        Assert.Equal([":a :p 0", ":a :q 1 :g"], Dump(store));
    }

    [Fact]
    public void Graph_patterns_under_with_still_range_over_the_named_graphs()
    {
        using var store = Store(":g { :a :p 1 } :h { :b :p 2 }");
        Run(store, "WITH :g INSERT { ?s :seen ?o } WHERE { GRAPH ?x { ?s :p ?o } }");
        Assert.Equal([":a :p 1 :g", ":a :seen 1 :g", ":b :p 2 :h", ":b :seen 2 :g"], Dump(store));
    }

    [Fact]
    public void Using_replaces_with_for_the_where_clause_but_not_for_the_templates()
    {
        using var store = Store(":a :p 0 . :g { :a :p 1 } :u { :a :p 2 }");
        Run(store, "WITH :g INSERT { ?s :q ?o } USING :u WHERE { ?s :p ?o }");
        Assert.Contains(":a :q 2 :g", Dump(store));
        Assert.DoesNotContain(":a :q 1 :g", Dump(store));
        Assert.DoesNotContain(":a :q 0 :g", Dump(store));
    }

    [Fact]
    public void Using_without_using_named_leaves_no_named_graphs_to_match()
    {
        using var store = Store(":u { :a :p 1 } :g { :b :p 2 }");
        Run(store, "INSERT { ?s :q ?o } USING :u WHERE { { ?s :p ?o } UNION { GRAPH ?x { ?s :p ?o } } }");
        Assert.Equal([":a :p 1 :u", ":a :q 1", ":b :p 2 :g"], Dump(store));
    }

    [Fact]
    public void Using_named_makes_only_the_listed_graphs_visible_to_graph_patterns()
    {
        using var store = Store(":g { :a :p 1 } :h { :b :p 2 }");
        Run(store, "INSERT { ?s :q ?o } USING NAMED :h WHERE { GRAPH ?x { ?s :p ?o } }");
        Assert.Contains(":b :q 2", Dump(store));
        Assert.DoesNotContain(":a :q 1", Dump(store));
    }

    [Fact]
    public void Delete_where_removes_every_match_including_in_named_graphs()
    {
        using var store = Store(":a :p 1 . :a :r 1 . :g { :a :p 2 . :b :p 3 }");
        Run(store, "DELETE WHERE { ?s :p ?o . GRAPH :g { ?s :p ?x } }");
        Assert.Equal([":a :r 1", ":b :p 3 :g"], Dump(store));
    }

    [Fact]
    public void Now_is_one_moment_for_every_operation_of_a_request()
    {
        using var store = Store();
        Run(store, "INSERT { :a :t ?n } WHERE { BIND(NOW() AS ?n) } ; INSERT { :b :t ?n } WHERE { BIND(NOW() AS ?n) }");
        var times = Quads(store).Select(q => q.Object).Distinct().ToList();
        Assert.Single(times);
    }
}
