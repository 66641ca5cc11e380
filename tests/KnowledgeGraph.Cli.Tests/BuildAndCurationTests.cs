namespace KnowledgeGraph.Cli.Tests;

public sealed class BuildAndCurationTests
{
    [Fact]
    public void Build_applies_the_curation_files_and_no_curation_leaves_them_out()
    {
        string output = Kg.TemporaryFolder();
        try
        {
            Kg.Outcome curated = Kg.Run(Kg.RepositoryRoot, "build", "-o", output);
            Assert.True(curated.ExitCode == 0, curated.Error);
            Assert.Contains("curation:", curated.Output, StringComparison.Ordinal);
            Assert.Contains("merged <person/josef-vissarionovich-dzhugashvili> into <person/joseph-stalin>", curated.Output, StringComparison.Ordinal);
            string curatedGraph = File.ReadAllText(Path.Combine(output, "graph.nt"));

            Kg.Outcome raw = Kg.Run(Kg.RepositoryRoot, "build", "-o", output, "--no-curation");
            Assert.True(raw.ExitCode == 0, raw.Error);
            Assert.DoesNotContain("curation:", raw.Output, StringComparison.Ordinal);
            string rawGraph = File.ReadAllText(Path.Combine(output, "graph.nt"));
            Assert.Contains("<https://example.org/kg/person/josef-vissarionovich-dzhugashvili> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", rawGraph, StringComparison.Ordinal);
            Assert.DoesNotContain("<https://example.org/kg/person/josef-vissarionovich-dzhugashvili> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", curatedGraph, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void A_curation_file_with_a_typo_stops_the_build_naming_the_file_and_the_term()
    {
        string folder = Kg.TemporaryFolder();
        try
        {
            string curation = Path.Combine(folder, "curation");
            Directory.CreateDirectory(curation);
            File.WriteAllText(Path.Combine(curation, "typo.ttl"), "@prefix kgo: <https://w3id.org/kg-essays/ontology#> .\n<person/a> kgo:mergeTo <person/b> .\n");
            Kg.Outcome outcome = Kg.Run(Kg.RepositoryRoot, "build", "-o", Path.Combine(folder, "out"), "--curation", curation);
            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains("typo.ttl", outcome.Error, StringComparison.Ordinal);
            Assert.Contains("unknown curation term kgo:mergeTo", outcome.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(folder, "out", "graph.ttl")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
