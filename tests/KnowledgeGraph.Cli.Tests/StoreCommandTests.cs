namespace KnowledgeGraph.Cli.Tests;

public sealed class StoreCommandTests
{
    private const string Data = """
        @prefix ex: <http://example.org/> .
        ex:a ex:knows ex:b , ex:c .
        ex:b ex:name "Bea"@en .
        """;

    [Fact]
    public void Load_then_dump_gives_the_statements_back_and_a_backup_holds_the_same()
    {
        string folder = Kg.TemporaryFolder();
        try
        {
            string input = Path.Combine(folder, "data.ttl");
            File.WriteAllText(input, Data);
            string store = Path.Combine(folder, "store");
            Kg.Outcome load = Kg.Run(folder, "load", store, input);
            Assert.True(load.ExitCode == 0, load.Error);

            Kg.Outcome dump = Kg.Run(folder, "dump", store, "--format", "nq");
            Assert.True(dump.ExitCode == 0, dump.Error);
            string[] lines = dump.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            Assert.Contains("<http://example.org/b> <http://example.org/name> \"Bea\"@en .", lines);

            string backup = Path.Combine(folder, "backup");
            Kg.Outcome copy = Kg.Run(folder, "backup", store, backup);
            Assert.True(copy.ExitCode == 0, copy.Error);
            Kg.Outcome fromBackup = Kg.Run(folder, "dump", backup, "--format", "nq");
            Assert.Equal(lines.Order(StringComparer.Ordinal), fromBackup.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Loading_a_file_with_a_syntax_error_says_where_and_fails()
    {
        string folder = Kg.TemporaryFolder();
        try
        {
            string input = Path.Combine(folder, "bad.ttl");
            File.WriteAllText(input, "<http://example.org/a> <http://example.org/p> .\n");
            Kg.Outcome load = Kg.Run(folder, "load", Path.Combine(folder, "store"), input);
            Assert.NotEqual(0, load.ExitCode);
            Assert.Contains("line 1", load.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
