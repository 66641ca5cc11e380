using KnowledgeGraph.Extraction.Citations;
using KnowledgeGraph.Extraction.Entities;
using Xunit.Abstractions;

namespace KnowledgeGraph.Extraction.Tests.Quality;

public sealed class GouldnerEntityQualityTests(ITestOutputHelper output)
{
    private static readonly Lazy<EntityEvaluation> Evaluation = new(() =>
        EntityEvaluation.Run(
            GoldEntity.Load(Corpus.TestFile(Path.Combine("Gold", "gouldner-entities.tsv"))),
            EntityExtractor.Extract(Corpus.Gouldner, CitationExtractor.Extract(Corpus.Gouldner)).Entities));

    [Fact]
    public void The_entity_figures_are_printed_and_written_to_docs_quality_md_on_request()
    {
        string section = EntityQualityReport.Markdown(Evaluation.Value,
            [.. Entities.OtherDomainEntityTests.Samples.Select(x => (x, Entities.OtherDomainEntityTests.Evaluate(x).ByKind[EntityKind.Person]))]);
        output.WriteLine(section);
        if (Environment.GetEnvironmentVariable("KG_WRITE_QUALITY") == "1")
        {
            QualityFile.WriteSection("entities", section);
        }
    }

    [Fact]
    public void Persons_reach_an_F1_of_at_least_the_measured_floor() =>
        Assert.True(Evaluation.Value.ByKind[EntityKind.Person].F1 >= EntityQualityReport.PersonFloor,
            $"persons F1 {Evaluation.Value.ByKind[EntityKind.Person].F1:0.000}");
}
