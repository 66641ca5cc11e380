using System.Globalization;
using System.Text;
using KnowledgeGraph.Linking.Linksets;
using KnowledgeGraph.Linking.Reconciliation;
using KnowledgeGraph.Linking.Vocabulary;
using KnowledgeGraph.Linking.Wikidata;
using KnowledgeGraph.Rdf.Terms;
using Xunit.Abstractions;

namespace KnowledgeGraph.Linking.Tests;

/// <summary>
/// Link precision and person recall against the hand-checked gold, for the reviewed offline linkset (what the build
/// publishes) and, separately, for what the automatic reconciler accepts when run against the fake service's fixtures.
/// </summary>
public sealed class LinkQualityTests(EssayGraph essay, ITestOutputHelper output) : IClassFixture<EssayGraph>
{
    private const string Command = "KG_WRITE_QUALITY=1 dotnet test tests/KnowledgeGraph.Linking.Tests -c Release --filter FullyQualifiedName~LinkQualityTests";
    private const string Base = "https://example.org/kg/";

    private static readonly Dictionary<string, string> Gold = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Gold", "wikidata-gold.tsv"))
        .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);

    private sealed record Score(int Correct, int Wrong, int Unjudged, int PersonsFound, int PersonsWithItem)
    {
        public double Precision => Correct + Wrong == 0 ? 1 : (double)Correct / (Correct + Wrong);

        public double PersonRecall => PersonsWithItem == 0 ? 0 : (double)PersonsFound / PersonsWithItem;
    }

    private static Score Judge(IEnumerable<EntityLink> links)
    {
        int correct = 0, wrong = 0, unjudged = 0;
        var foundPersons = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityLink link in links)
        {
            string entity = link.Source.Value[Base.Length..];
            string? qid = LinkVocabulary.WikidataId(link.Target);
            switch (Gold.GetValueOrDefault(entity))
            {
                case null or "?" or "unknown":
                    unjudged++;
                    break;
                case var gold when gold == qid:
                    correct++;
                    if (entity.StartsWith("person/", StringComparison.Ordinal))
                    {
                        foundPersons.Add(entity);
                    }
                    break;
                default:
                    wrong++;
                    break;
            }
        }
        int withItem = Gold.Count(g => g.Key.StartsWith("person/", StringComparison.Ordinal) && (g.Value == "?" || g.Value.StartsWith('Q')));
        return new Score(correct, wrong, unjudged, foundPersons.Count, withItem);
    }

    private async Task<ReconciliationReport> AutomaticAsync()
    {
        await using var fake = await FakeWikidata.StartAsync();
        using var client = new WikidataClient(new WikidataClientOptions { ApiBase = fake.ApiBase, BaseDelay = TimeSpan.FromMilliseconds(1) });
        var entities = GraphEntityReader.Read(essay.Triples);
        return await new WikidataReconciler(client, new ReconcilerOptions()).ReconcileAsync(
            entities, new Dictionary<Iri, string>(), new HashSet<(Iri, string)>(), GraphEntityReader.EssayYear(essay.Triples));
    }

    [Fact]
    public void The_reviewed_linkset_publishes_no_wrong_link()
    {
        Score offline = Judge(essay.Result.Links!.Published);

        Assert.Equal(0, offline.Wrong);
        Assert.Equal(0, offline.Unjudged);
        Assert.True(offline.PersonsFound >= 8, $"persons linked: {offline.PersonsFound}");
    }

    [Fact]
    public async Task The_automatic_reconciler_accepts_no_wrong_link_on_the_fixtures()
    {
        var report = await AutomaticAsync();

        Score automatic = Judge(report.Links);

        Assert.Null(report.Unavailable);
        Assert.Equal(0, automatic.Wrong);
        Assert.True(automatic.Correct >= 2, $"correct automatic links: {automatic.Correct}");
    }

    [Fact]
    public async Task The_figures_are_printed_and_written_to_docs_quality_md_on_request()
    {
        Score offline = Judge(essay.Result.Links!.Published);
        var report = await AutomaticAsync();
        Score automatic = Judge(report.Links);
        string section = Markdown(offline, automatic, report);
        output.WriteLine(section);
        if (Environment.GetEnvironmentVariable("KG_WRITE_QUALITY") == "1")
        {
            WriteSection(RepositoryFiles.Path("docs", "quality.md"), "wikidata-links", section);
        }
        Assert.Contains("| reviewed linkset", section, StringComparison.Ordinal);
    }

    private static string Markdown(Score offline, Score automatic, ReconciliationReport report)
    {
        static string F(double x) => x.ToString("0.00", CultureInfo.InvariantCulture);
        int gold = Gold.Count(g => g.Key.StartsWith("person/", StringComparison.Ordinal));
        int confirmed = Gold.Count(g => g.Key.StartsWith("person/", StringComparison.Ordinal) && g.Value.StartsWith('Q'));
        var text = new StringBuilder();
        text.Append("## Wikidata links\n\n")
            .Append("Judged against `tests/KnowledgeGraph.Linking.Tests/Gold/wikidata-gold.tsv`, a hand-checked list of the ").Append(gold)
            .Append(" persons the build extracts: ").Append(confirmed).Append(" with a QID confirmed by hand in public reference data, ")
            .Append(Gold.Count(g => g.Value == "?")).Append(" real people who certainly have an item whose QID was not confirmed here (they count against recall), ")
            .Append(Gold.Count(g => g.Value == "unknown")).Append(" lesser-known authors left out of recall, and ")
            .Append(Gold.Count(g => g.Value == "none")).Append(" names that are not a person or too vague to identify (a link there is always wrong). ")
            .Append("A link is correct when its QID is the gold QID, wrong when it differs or the gold says none, and unjudged otherwise. Regenerate with:\n\n")
            .Append("    ").Append(Command).Append("\n\n")
            .Append("| linkset | links | correct | wrong | unjudged | precision | person recall |\n|---|---:|---:|---:|---:|---:|---:|\n")
            .Append("| reviewed linkset (`links/wikidata.ttl`, what `kg build` publishes) | ").Append(offline.Correct + offline.Wrong + offline.Unjudged)
            .Append(" | ").Append(offline.Correct).Append(" | ").Append(offline.Wrong).Append(" | ").Append(offline.Unjudged)
            .Append(" | ").Append(F(offline.Precision)).Append(" | ").Append(F(offline.PersonRecall)).Append($" ({offline.PersonsFound}/{offline.PersonsWithItem}) |\n")
            .Append("| automatic reconciler on the fake service's fixtures | ").Append(automatic.Correct + automatic.Wrong + automatic.Unjudged)
            .Append(" | ").Append(automatic.Correct).Append(" | ").Append(automatic.Wrong).Append(" | ").Append(automatic.Unjudged)
            .Append(" | ").Append(F(automatic.Precision)).Append(" | ").Append(F(automatic.PersonRecall)).Append($" ({automatic.PersonsFound}/{automatic.PersonsWithItem}) |\n\n")
            .Append("How to read these figures. The first row is a manual review, not a measurement of an algorithm: every link in it was checked by hand, ")
            .Append("so its precision of 1.00 says only that the review and the gold agree. Its recall is low because a QID enters the linkset only when it ")
            .Append("could be confirmed in reference data available offline, and most could not; confirming more is the way to raise it (the target is 0.8). ")
            .Append("The second row runs the automatic reconciler over every person, organization, place, event and work of the built graph against the ")
            .Append("fake Wikidata of the tests, whose answers were written by hand for a few names only (Trotsky, Stalin, Kirov, Beria, Mary, Deutscher, ")
            .Append("Conquest and their namesakes), so its recall says nothing about the real Wikidata; its precision shows that the type filter, the ")
            .Append("one-word-name rule and the date evidence keep the planted namesakes out. Links to invented fixture ids of people whose real QID is not ")
            .Append("confirmed are unjudged. On the fixtures the reconciler also left ").Append(report.Candidates.Select(c => c.Source).Distinct().Count())
            .Append(" entities as candidates for review instead of linking them.\n");
        return text.ToString();
    }

    // docs/quality.md is made of sections between marker comments, each written by its own test.
    private static void WriteSection(string path, string name, string markdown)
    {
        string begin = $"<!-- section: {name} -->", end = $"<!-- end: {name} -->";
        string current = File.Exists(path) ? File.ReadAllText(path) : "";
        string block = begin + "\n" + markdown.TrimEnd() + "\n" + end + "\n";
        int b = current.IndexOf(begin, StringComparison.Ordinal), e = current.IndexOf(end, StringComparison.Ordinal);
        File.WriteAllText(path, b >= 0 && e > b
            ? current[..b] + block + current[(e + end.Length)..].TrimStart('\n')
            : current.TrimEnd() + "\n\n" + block);
    }
}
