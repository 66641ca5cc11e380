using KnowledgeGraph.Linking.Linksets;
using KnowledgeGraph.Linking.Reconciliation;
using KnowledgeGraph.Linking.Wikidata;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Linking.Tests;

/// <summary>The reconciler over a small graph, against the fake service: clear winners are linked, the rest are only proposed.</summary>
public sealed class ReconcilerTests : IAsyncLifetime
{
    private const string Graph = """
        @prefix kgo: <https://w3id.org/kg-essays/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix schema: <https://schema.org/> .
        <https://example.org/kg/essay/e> a kgo:Essay ; kgo:publicationYear "1978" .
        <https://example.org/kg/person/leon-trotsky> a kgo:Person ; rdfs:label "Leon Trotsky" ; schema:alternateName "Trotsky" .
        <https://example.org/kg/person/joseph-stalin> a kgo:Person ; rdfs:label "Joseph Stalin" .
        <https://example.org/kg/person/sergei-kirov> a kgo:Person ; rdfs:label "Sergei Kirov" .
        <https://example.org/kg/person/mary> a kgo:Person ; rdfs:label "Mary" .
        <https://example.org/kg/person/beria> a kgo:Person ; rdfs:label "Beria" .
        <https://example.org/kg/person/isaac-deutscher> a kgo:Person ; rdfs:label "Isaac Deutscher" .
        <https://example.org/kg/person/robert-conquest> a kgo:Person ; rdfs:label "Robert Conquest" .
        <https://example.org/kg/work/the-great-terror> a kgo:Work ; rdfs:label "The Great Terror" ;
            schema:author <https://example.org/kg/person/robert-conquest> ; kgo:publicationYear "1968" .
        """;

    private FakeWikidata _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeWikidata.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private static List<Triple> Triples() =>
        KnownRdfFormats.Turtle.CreateReader().Read(new StringReader(Graph), new RdfReaderOptions()).Select(q => q.Triple).ToList();

    private async Task<ReconciliationReport> RunAsync(IReadOnlyDictionary<Iri, string>? known = null, IReadOnlySet<(Iri, string)>? rejected = null)
    {
        var triples = Triples();
        using var client = new WikidataClient(new WikidataClientOptions { ApiBase = _fake.ApiBase, BaseDelay = TimeSpan.FromMilliseconds(1) });
        var reconciler = new WikidataReconciler(client, new ReconcilerOptions { Today = new DateOnly(2026, 11, 25) });
        return await reconciler.ReconcileAsync(GraphEntityReader.Read(triples), known ?? new Dictionary<Iri, string>(),
            rejected ?? new HashSet<(Iri, string)>(), GraphEntityReader.EssayYear(triples));
    }

    private static Iri Entity(string path) => new("https://example.org/kg/" + path);

    private static string? LinkOf(ReconciliationReport report, string path) =>
        report.Links.SingleOrDefault(l => l.Source.Equals(Entity(path)))?.Target.Value.Split('/')[^1];

    [Fact]
    public async Task An_exact_name_of_the_right_type_is_linked_and_items_of_other_types_are_filtered_out()
    {
        var report = await RunAsync();

        Assert.Equal("Q33391", LinkOf(report, "person/leon-trotsky"));
        Assert.Equal("Q855", LinkOf(report, "person/joseph-stalin"));
        Assert.Equal("Q99990003", LinkOf(report, "person/sergei-kirov"));
        Assert.Null(report.Unavailable);
        Assert.All(report.Links, l => Assert.Equal(LinkMethod.AutomaticReconciliation, l.Method));
    }

    [Fact]
    public async Task A_one_word_name_is_only_proposed_for_review_never_linked()
    {
        var report = await RunAsync();

        Assert.Null(LinkOf(report, "person/mary"));
        Assert.Null(LinkOf(report, "person/beria"));
        var mary = Assert.Single(report.Candidates, c => c.Source.Equals(Entity("person/mary")));
        Assert.Equal(ReviewStatus.Pending, mary.Status);
        Assert.True(mary.Score < 0.9);
        Assert.Equal(2, report.Candidates.Count(c => c.Source.Equals(Entity("person/beria"))));
    }

    [Fact]
    public async Task A_person_born_after_the_essay_is_no_candidate()
    {
        var report = await RunAsync();

        Assert.DoesNotContain(report.Links.Concat(report.Candidates), l => l.Source.Equals(Entity("person/isaac-deutscher")));
    }

    [Fact]
    public async Task A_work_is_linked_to_the_item_by_its_linked_author_not_to_a_namesake()
    {
        var report = await RunAsync();

        Assert.Equal("Q99990011", LinkOf(report, "work/the-great-terror"));
        Assert.Contains("author agrees", report.Links.Single(l => l.Source.Equals(Entity("work/the-great-terror"))).Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Known_links_are_not_looked_up_again_and_rejected_pairs_are_never_proposed()
    {
        var known = new Dictionary<Iri, string> { [Entity("person/leon-trotsky")] = "Q33391" };
        var rejected = new HashSet<(Iri, string)> { (Entity("person/joseph-stalin"), "Q855") };

        var report = await RunAsync(known, rejected);

        Assert.DoesNotContain(_fake.Requests, r => r.Contains("Leon%20Trotsky", StringComparison.Ordinal));
        Assert.Null(LinkOf(report, "person/leon-trotsky"));
        Assert.DoesNotContain(report.Links.Concat(report.Candidates), l => l.Source.Equals(Entity("person/joseph-stalin")) && l.Target.Value.EndsWith("/Q855", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreadable_answer_skips_that_entity_with_its_reason_and_the_run_goes_on()
    {
        _fake.Enqueue(Fault.Malformed, Fault.Malformed, Fault.Malformed, Fault.Malformed, Fault.Malformed);

        var report = await RunAsync();

        var (entity, reason) = Assert.Single(report.Errors);
        Assert.Contains("not JSON", reason, StringComparison.Ordinal);
        Assert.NotEmpty(report.Links);
        Assert.DoesNotContain(report.Links, l => l.Source.Equals(entity));
    }
}
