using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Publishing.Tests;

public sealed class EssayBuilderTests(BuiltEssay built) : IClassFixture<BuiltEssay>
{
    [Fact]
    public void The_build_writes_Turtle_NTriples_and_TriG_dumps()
    {
        Assert.Equal(["graph.ttl", "graph.nt", "graph.trig"], built.Result.Files.Select(Path.GetFileName));
        Assert.All(built.Result.Files, f => Assert.True(new FileInfo(f).Length > 0));
    }

    [Fact]
    public void The_counts_by_class_cover_every_footnote_and_the_essay()
    {
        var counts = built.Result.ClassCounts.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(96, counts["kgo:Footnote"]);
        Assert.Equal(1, counts["kgo:Essay"]);
        Assert.True(counts["cito:Citation"] >= 120);
    }

    [Fact]
    public void The_validator_sees_the_union_graph_and_the_shapes()
    {
        Assert.Equal(built.Result.StatementCount, built.Validator.DataCount);
        Assert.True(built.Validator.ShapesCount > 100);
    }

    [Fact]
    public void The_TriG_dump_keeps_one_named_graph_per_footnote_with_its_provenance()
    {
        using var reader = new StreamReader(Path.Combine(built.Output, "graph.trig"));
        var quads = KnownRdfFormats.TriG.CreateReader().Read(reader, RdfReaderOptions.Default).ToList();
        var graphs = quads.Where(q => q.Graph is not null).Select(q => q.Graph!.ToString()).Distinct().ToList();
        Assert.Equal(96, graphs.Count(g => g.Contains("/footnote/", StringComparison.Ordinal)));
        Assert.Contains(quads, q => q.Graph is null && q.Predicate.Value == "http://www.w3.org/ns/prov#wasDerivedFrom");
    }

    [Fact]
    public void A_graph_that_violates_the_shapes_fails_the_build_with_the_report()
    {
        string output = Path.Combine(Path.GetTempPath(), "kg-build-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<BuildFailedException>(() => new EssayBuilder(new RecordingValidator(conforms: false))
            .Build(new BuildOptions { Essays = [Repository.Essay], OutputDirectory = output }));
        Assert.Contains("sh:minCount", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void An_essay_that_is_not_UTF8_fails_with_its_file_line_and_column()
    {
        string bad = Path.Combine(Path.GetTempPath(), "kg-bad-" + Guid.NewGuid().ToString("N") + ".md");
        File.WriteAllBytes(bad, [(byte)'#', (byte)' ', (byte)'T', (byte)'\n', 0xFF, 0xFE, (byte)'\n']);
        try
        {
            var error = Assert.Throws<BuildFailedException>(() => new EssayBuilder(new UnavailableGraphValidator())
                .Build(new BuildOptions { Essays = [bad], OutputDirectory = Path.GetTempPath() }));
            Assert.Contains($"{bad}:2:1:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bad);
        }
    }
}
