using static KnowledgeGraph.Sparql.Tests.Update.UpdateFixture;

namespace KnowledgeGraph.Sparql.Tests.Update;

public sealed class AtomicityTests
{
    [Fact]
    public void A_failing_second_operation_leaves_the_store_unchanged()
    {
        using var store = Store(":a :p 1 .");
        var error = Fails(store, "INSERT DATA { :b :p 2 } ; CLEAR GRAPH :missing");
        Assert.Equal([":a :p 1"], Dump(store));
        Assert.Equal(1, error.OperationIndex);
        Assert.Equal("CLEAR", error.OperationName);
        Assert.Contains("http://ex/missing", error.Message);
    }

    [Fact]
    public void A_refused_load_after_a_modification_leaves_the_store_unchanged()
    {
        using var store = Store(":a :p 1 .");
        Fails(store, "DELETE DATA { :a :p 1 } ; LOAD <file:///nowhere.ttl>");
        Assert.Equal([":a :p 1"], Dump(store));
    }

    [Fact]
    public void Later_operations_see_the_effects_of_earlier_ones()
    {
        using var store = Store();
        Run(store, "INSERT DATA { :a :p 1 } ; INSERT { ?s :q ?o } WHERE { ?s :p ?o } ; DELETE WHERE { ?s :p ?o }");
        Assert.Equal([":a :q 1"], Dump(store));
    }

    [Fact]
    public void A_silent_failure_does_not_abort_the_request()
    {
        using var store = Store();
        Run(store, "INSERT DATA { :a :p 1 } ; DROP SILENT GRAPH :missing ; INSERT DATA { :b :p 2 }");
        Assert.Equal([":a :p 1", ":b :p 2"], Dump(store));
    }

    [Fact]
    public void The_counts_are_net_changes_against_the_store_before_the_request()
    {
        using var store = Store(":a :p 1 .");
        var result = Run(store, "INSERT DATA { :b :p 2 . :c :p 3 } ; DELETE DATA { :b :p 2 . :a :p 1 } ; INSERT DATA { :a :p 1 }");
        Assert.Equal((1L, 0L, 3), (result.QuadsAdded, result.QuadsRemoved, result.Operations));
        Assert.Equal([":a :p 1", ":c :p 3"], Dump(store));
    }

    [Fact]
    public void A_snapshot_taken_before_the_request_does_not_see_its_changes()
    {
        using var store = Store(":a :p 1 .");
        using var before = store.OpenSnapshot();
        Run(store, "INSERT DATA { :b :p 2 }");
        Assert.Equal(1, before.Count);
        Assert.Equal(2, Quads(store).Count);
    }
}
