using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Sparql.Update;
using static KnowledgeGraph.Sparql.Tests.Update.UpdateFixture;

namespace KnowledgeGraph.Sparql.Tests.Update;

public sealed class GraphManagementTests
{
    [Fact]
    public void Creating_a_graph_that_has_quads_is_an_error()
    {
        using var store = Store(":g { :a :p 1 }");
        Assert.Equal("CREATE", Fails(store, "CREATE GRAPH :g").OperationName);
    }

    [Fact]
    public void Creating_an_existing_graph_silently_succeeds_without_change()
    {
        using var store = Store(":g { :a :p 1 }");
        Run(store, "CREATE SILENT GRAPH :g");
        Assert.Equal([":a :p 1 :g"], Dump(store));
    }

    [Fact]
    public void A_graph_created_earlier_in_the_request_exists_for_later_operations()
    {
        using var store = Store();
        Fails(store, "CREATE GRAPH :g ; CREATE GRAPH :g");
        Run(store, "CREATE GRAPH :g ; DROP GRAPH :g");
        Assert.Empty(Dump(store));
    }

    [Fact]
    public void Dropping_or_clearing_a_graph_that_does_not_exist_is_an_error_unless_silent()
    {
        using var store = Store(":a :p 1 .");
        Fails(store, "DROP GRAPH :g");
        Fails(store, "CLEAR GRAPH :g");
        Run(store, "DROP SILENT GRAPH :g ; CLEAR SILENT GRAPH :g");
        Assert.Equal([":a :p 1"], Dump(store));
    }

    [Fact]
    public void Clearing_the_empty_default_graph_succeeds()
    {
        using var store = Store();
        Run(store, "CLEAR DEFAULT ; DROP DEFAULT");
        Assert.Empty(Dump(store));
    }

    [Fact]
    public void Drop_named_keeps_the_default_graph_and_clear_all_empties_everything()
    {
        using var store = Store(":a :p 1 . :g { :b :p 2 } :h { :c :p 3 }");
        Run(store, "DROP NAMED");
        Assert.Equal([":a :p 1"], Dump(store));
        using var other = Store(":a :p 1 . :g { :b :p 2 }");
        Run(other, "CLEAR ALL");
        Assert.Empty(Dump(other));
    }

    [Fact]
    public void Copy_replaces_the_destination_and_keeps_the_source()
    {
        using var store = Store(":g { :a :p 1 } :h { :old :p 0 }");
        Run(store, "COPY :g TO :h");
        Assert.Equal([":a :p 1 :g", ":a :p 1 :h"], Dump(store));
    }

    [Fact]
    public void Move_replaces_the_destination_and_removes_the_source()
    {
        using var store = Store(":a :p 1 . :h { :old :p 0 }");
        Run(store, "MOVE DEFAULT TO :h");
        Assert.Equal([":a :p 1 :h"], Dump(store));
    }

    [Fact]
    public void Add_keeps_what_the_destination_already_has()
    {
        using var store = Store(":g { :a :p 1 } :h { :old :p 0 }");
        Run(store, "ADD :g TO :h");
        Assert.Equal([":a :p 1 :g", ":a :p 1 :h", ":old :p 0 :h"], Dump(store));
    }

    [Fact]
    public void Transferring_a_graph_onto_itself_does_nothing_even_when_it_does_not_exist()
    {
        using var store = Store(":g { :a :p 1 }");
        Run(store, "MOVE :g TO :g ; COPY :g TO :g ; ADD :missing TO :missing");
        Assert.Equal([":a :p 1 :g"], Dump(store));
    }

    [Fact]
    public void Transferring_from_a_missing_graph_is_an_error_unless_silent()
    {
        using var store = Store(":h { :a :p 1 }");
        Assert.Equal("COPY", Fails(store, "COPY :missing TO :h").OperationName);
        Run(store, "COPY SILENT :missing TO :h ; MOVE SILENT :missing TO DEFAULT");
        Assert.Equal([":a :p 1 :h"], Dump(store));
    }

    [Fact]
    public void Load_is_refused_unless_allowed()
    {
        using var store = Store();
        var error = Fails(store, "LOAD <file:///data.ttl>");
        Assert.Contains("LOAD is disabled", error.Message);
        Run(store, "LOAD SILENT <file:///data.ttl>");
        Assert.Empty(Dump(store));
    }

    [Fact]
    public void Load_reads_only_local_files_even_when_allowed()
    {
        using var store = Store();
        var error = Fails(store, "LOAD <http://example.org/data.ttl>", new UpdateOptions { AllowLoad = true });
        Assert.Contains("file:", error.Detail);
    }

    [Fact]
    public void Load_into_a_graph_puts_the_file_triples_in_that_graph()
    {
        string folder = Directory.CreateTempSubdirectory("kg-load-").FullName;
        try
        {
            string path = Path.Combine(folder, "data.ttl");
            File.WriteAllText(path, "<http://ex/a> <http://ex/p> 1 .\n");
            using var store = Store();
            Run(store, $"LOAD <{FileIri.FromPath(path)}> INTO GRAPH :g", new UpdateOptions { AllowLoad = true });
            Assert.Equal([":a :p 1 :g"], Dump(store));
            Assert.Contains("cannot load", Fails(store, $"LOAD <{FileIri.FromPath(Path.Combine(folder, "none.ttl"))}>", new UpdateOptions { AllowLoad = true }).Detail);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
