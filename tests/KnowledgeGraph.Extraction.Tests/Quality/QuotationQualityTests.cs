using System.Globalization;
using System.Text;
using KnowledgeGraph.Extraction.Citations;
using KnowledgeGraph.Extraction.Entities;
using Xunit.Abstractions;

namespace KnowledgeGraph.Extraction.Tests.Quality;

/// <summary>
/// Quotations measured against the independent annotator's list (<c>Gold/gouldner-quotations.tsv</c>, written without
/// seeing the extractor): how many quotations are found, and whether the speaker and the secondhand flag are right.
/// </summary>
public sealed class QuotationQualityTests(ITestOutputHelper output)
{
    private sealed record GoldQuotation(int Line, string FirstWords, string Speaker, string Source, bool Secondhand);

    private static IReadOnlyList<GoldQuotation> Gold() =>
        [.. File.ReadLines(Corpus.TestFile(Path.Combine("Gold", "gouldner-quotations.tsv")))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("line\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(c => new GoldQuotation(int.Parse(c[0], CultureInfo.InvariantCulture), c[1], c[2], c[3], c[4] == "yes"))];

    /// <summary>The first few words, as letters and digits only: what two readings of the same quotation share.</summary>
    private static string Opening(string text, int words = 4) =>
        string.Join(' ', text.Replace("*", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(words).Select(GoldEntity.Key));

    [Fact]
    public void Quotation_figures_are_printed_and_written_to_docs_quality_md_on_request()
    {
        var gold = Gold();
        var found = EntityExtractor.Extract(Corpus.Gouldner, CitationExtractor.Extract(Corpus.Gouldner)).Quotations;
        var taken = new bool[gold.Count];
        int matched = 0, speakerGold = 0, speakerRight = 0, secondhandRight = 0;
        var wrongSpeakers = new List<string>();
        foreach (Quotation q in found)
        {
            int line = Corpus.Gouldner.Source.LocationOf(q.Span.Start).Line;
            int g = Enumerable.Range(0, gold.Count).FirstOrDefault(i => !taken[i] && Math.Abs(gold[i].Line - line) <= 12 && Opening(gold[i].FirstWords) == Opening(q.Text), -1);
            if (g < 0)
            {
                continue;
            }
            taken[g] = true;
            matched++;
            if (gold[g].Speaker.Length > 0 && !gold[g].Speaker.StartsWith('('))
            {
                speakerGold++;
                string family = gold[g].Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
                if (q.Speaker is not null && q.Speaker.Variants.Append(q.Speaker.Label).Any(v => GoldEntity.Key(v).Contains(GoldEntity.Key(family), StringComparison.Ordinal)))
                {
                    speakerRight++;
                }
                else
                {
                    wrongSpeakers.Add($"line {gold[g].Line} \"{gold[g].FirstWords}\": gold {gold[g].Speaker}, found {q.Speaker?.Label ?? "none"}");
                }
            }
            if (gold[g].Secondhand == q.Secondhand)
            {
                secondhandRight++;
            }
        }
        double p = found.Count == 0 ? 0 : (double)matched / found.Count;
        double r = (double)matched / gold.Count;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        var s = new StringBuilder();
        s.AppendLine("## Quotations");
        s.AppendLine();
        s.AppendLine("Measured against `tests/KnowledgeGraph.Extraction.Tests/Gold/gouldner-quotations.tsv`, written by the independent");
        s.AppendLine("annotator (rules at its top: words of an identified or implied source, at least four words; scare quotes, quoted");
        s.AppendLine("terms and titles excluded), curation off. A found quotation matches a listed one when their first four words agree");
        s.AppendLine("(letters and digits only) and they are within a dozen lines. Regenerate with:");
        s.AppendLine();
        s.AppendLine("    KG_WRITE_QUALITY=1 dotnet test tests/KnowledgeGraph.Extraction.Tests -c Release --filter FullyQualifiedName~QuotationQualityTests");
        s.AppendLine();
        s.AppendLine("| measure | value |");
        s.AppendLine("| --- | ---: |");
        s.AppendLine($"| listed quotations | {gold.Count} |");
        s.AppendLine($"| found quotations | {found.Count} |");
        s.AppendLine($"| found and listed (P / R / F1) | {matched} ({P(p)} / {P(r)} / {P(f1)}) |");
        s.AppendLine($"| speaker right, of matched quotations whose speaker the essay names | {speakerRight} of {speakerGold} ({P(speakerGold == 0 ? 0 : (double)speakerRight / speakerGold)}) |");
        s.AppendLine($"| secondhand flag right, of matched quotations | {secondhandRight} of {matched} |");
        s.AppendLine();
        s.AppendLine("Speakers missed or wrong: " + (wrongSpeakers.Count == 0 ? "none" : string.Join("; ", wrongSpeakers)));
        string section = s.ToString();
        output.WriteLine(section);
        if (Environment.GetEnvironmentVariable("KG_WRITE_QUALITY") == "1")
        {
            QualityFile.WriteSection("quotations", section);
        }
        Assert.True(matched > 0);
    }

    private static string P(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
