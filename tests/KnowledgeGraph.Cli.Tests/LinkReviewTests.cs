namespace KnowledgeGraph.Cli.Tests;

public sealed class LinkReviewTests
{
    [Fact]
    public void A_rejection_recorded_by_link_review_keeps_the_link_out_of_the_next_build()
    {
        string folder = Kg.TemporaryFolder();
        try
        {
            // A copy of the project's linkset and review file, so the test's decision stays in the temporary folder.
            Directory.CreateDirectory(Path.Combine(folder, "links"));
            Directory.CreateDirectory(Path.Combine(folder, "curation"));
            File.Copy(Path.Combine(Kg.RepositoryRoot, "links", "wikidata.ttl"), Path.Combine(folder, "links", "wikidata.ttl"));
            File.Copy(Path.Combine(Kg.RepositoryRoot, "curation", "links-review.ttl"), Path.Combine(folder, "curation", "links-review.ttl"));

            Kg.Outcome review = Kg.Run(folder, "link", "--review", "--reject", "person/leon-trotsky=Q33391");
            Assert.True(review.ExitCode == 0, review.Error);
            Assert.Contains("kgo:Rejected", File.ReadAllText(Path.Combine(folder, "curation", "links-review.ttl")), StringComparison.Ordinal);

            Kg.Outcome build = Kg.Run(folder, "build", Path.Combine(Kg.RepositoryRoot, "corpus", "gouldner-1978-stalinism.md"),
                "-o", Path.Combine(folder, "out"), "--shapes", Path.Combine(Kg.RepositoryRoot, "shapes"), "--ontology", Path.Combine(Kg.RepositoryRoot, "ontology"));
            Assert.True(build.ExitCode == 0, build.Error + build.Output);
            Assert.Contains("1 rejected in review", build.Output, StringComparison.Ordinal);
            string graph = File.ReadAllText(Path.Combine(folder, "out", "graph.nt"));
            Assert.DoesNotContain("<https://example.org/kg/person/leon-trotsky> <http://www.w3.org/2004/02/skos/core#exactMatch>", graph, StringComparison.Ordinal);
            Assert.Contains("<https://example.org/kg/person/karl-marx> <http://www.w3.org/2004/02/skos/core#exactMatch>", graph, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
