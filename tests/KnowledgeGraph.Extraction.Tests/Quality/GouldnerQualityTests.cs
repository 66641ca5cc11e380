using KnowledgeGraph.Extraction.Citations;
using Xunit.Abstractions;

namespace KnowledgeGraph.Extraction.Tests.Quality;

public sealed class GouldnerQualityTests(ITestOutputHelper output)
{
    private static readonly Lazy<QualityEvaluation> Evaluation = new(() =>
    {
        var gold = GoldReference.Load(Corpus.TestFile(Path.Combine("Gold", "gouldner-footnotes.tsv")));
        var markers = File.ReadLines(Corpus.TestFile(Path.Combine("Gold", "gouldner-markers.tsv")))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("footnote", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .ToDictionary(c => int.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture),
                c => c[1] == "none" ? (int?)null : int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture));
        return QualityEvaluation.Run(Corpus.Gouldner, CitationExtractor.Extract(Corpus.Gouldner), gold, markers);
    });

    [Fact]
    public void The_figures_are_printed_and_written_to_docs_quality_md_on_request()
    {
        string report = QualityReport.Markdown(Evaluation.Value);
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("KG_WRITE_QUALITY") == "1")
        {
            QualityFile.WriteSection("citations", report);
        }
    }

    [Theory]
    [InlineData("authors")]
    [InlineData("title")]
    [InlineData("year")]
    public void Authors_titles_and_years_reach_an_exact_F1_of_at_least_0_95(string field) =>
        Assert.True(Evaluation.Value.ExactFields[field].F1 >= 0.95, $"{field}: exact F1 {Evaluation.Value.ExactFields[field].F1:0.000}");

    [Fact]
    public void At_least_95_percent_of_back_references_resolve_to_the_right_work() =>
        Assert.True(Evaluation.Value.ResolutionAccuracy >= 0.95, $"resolution accuracy {Evaluation.Value.ResolutionAccuracy:0.000}");

    [Fact]
    public void Every_footnote_is_linked_to_its_marker_or_to_none() =>
        Assert.Equal(Evaluation.Value.Footnotes, Evaluation.Value.FootnotesLinked);
}
