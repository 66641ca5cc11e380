using KnowledgeGraph.Extraction.Citations;
using KnowledgeGraph.Extraction.Documents;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Tests.Quality;
using Xunit.Abstractions;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>Short texts in other domains (natural history, music history), written for these tests, so the rules are not tuned to one essay.</summary>
public sealed class OtherDomainEntityTests(ITestOutputHelper output)
{
    public const double Floor = 0.85;

    /// <summary>The texts, in the order they were written; the last was measured before any rule was changed for it.</summary>
    internal static readonly string[] Samples = ["natural-history.md", "music-history.md", "art-history.md"];

    /// <summary>The persons figures of one text.</summary>
    internal static EntityEvaluation Evaluate(string sample) => EntityEvaluation.Run(Gold(sample), Extract(sample).Entities);

    private static EntityGraph Extract(string sample)
    {
        EssayDocument document = EssayReader.ReadFile(Corpus.TestFile(Path.Combine("Samples", "entities", sample)));
        return EntityExtractor.Extract(document, CitationExtractor.Extract(document));
    }

    private static IReadOnlyList<GoldEntity> Gold(string sample) =>
        [.. File.ReadLines(Corpus.TestFile(Path.Combine("Gold", "samples-persons.tsv")))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Where(c => c[0] == sample)
            .Select(c => new GoldEntity(EntityKind.Person, c[1], c[2].Split('|')))];

    [Theory]
    [InlineData("natural-history.md")]
    [InlineData("music-history.md")]
    [InlineData("art-history.md")]
    public void Persons_in_a_text_of_another_domain_reach_an_F1_of_at_least_0_85(string sample)
    {
        EntityEvaluation evaluation = Evaluate(sample);
        EntityEvaluation.Figures f = evaluation.ByKind[EntityKind.Person];
        output.WriteLine($"{sample}: persons gold {f.Gold}, extracted {f.Extracted}, matched {f.Matched}, P {f.Precision:0.000} R {f.Recall:0.000} F1 {f.F1:0.000}");
        output.WriteLine("missed: " + string.Join("; ", evaluation.Missed[EntityKind.Person]));
        output.WriteLine("spurious: " + string.Join("; ", evaluation.Spurious[EntityKind.Person]));
        Assert.True(f.F1 >= Floor, $"{sample}: persons F1 {f.F1:0.000}");
    }

    [Fact]
    public void Two_people_who_share_a_family_name_stay_two_entities()
    {
        var darwins = Extract("natural-history.md").Entities.Where(e => e.Kind == EntityKind.Person && e.Label.EndsWith("Darwin", StringComparison.Ordinal)).Select(e => e.Label).ToList();
        Assert.Contains("Charles Darwin", darwins);
        Assert.Contains("Erasmus Darwin", darwins);
    }

    [Fact]
    public void Initials_and_a_bare_family_name_join_the_full_name()
    {
        ExtractedEntity huxley = Assert.Single(Extract("natural-history.md").Entities, e => e.Variants.Contains("T.H. Huxley"));
        Assert.Contains("Huxley", huxley.Variants);
    }

    [Fact]
    public void Organisations_and_doctrines_are_not_taken_for_persons()
    {
        var labels = Extract("natural-history.md").Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Label).ToList();
        Assert.DoesNotContain(labels, l => l.Contains("Society", StringComparison.Ordinal) || l.Contains("Darwinism", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_mention_keeps_the_exact_source_text_at_its_offsets_or_spans_a_page_break_from_its_first_to_its_last_word()
    {
        EssayDocument document = Corpus.Gouldner;
        EntityGraph graph = EntityExtractor.Extract(document, CitationExtractor.Extract(document));
        Assert.All(graph.Entities.SelectMany(e => e.Mentions), m =>
        {
            string source = document.Source.Slice(m.Span);
            string[] words = m.Text.Split(' ');
            Assert.True(source == m.Text || (source.StartsWith(words[0], StringComparison.Ordinal) && source.EndsWith(words[^1], StringComparison.Ordinal) && source.Contains('\n', StringComparison.Ordinal)), $"{m.Text} at {m.Span}: {source}");
        });
    }

    [Fact]
    public void A_quotation_is_attributed_to_the_person_named_before_it_in_its_sentence_and_scare_quotes_are_not_quotations()
    {
        EntityGraph graph = Extract("music-history.md");
        Quotation quotation = Assert.Single(graph.Quotations, q => q.Text.StartsWith("Germans who happen", StringComparison.Ordinal));
        Assert.Equal("Vladimir Stasov", quotation.Speaker?.Label);
        Assert.DoesNotContain(Extract("natural-history.md").Quotations, q => q.Text == "Darwin's bulldog");
    }
}
