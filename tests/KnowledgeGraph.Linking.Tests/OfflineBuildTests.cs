using KnowledgeGraph.Linking.Linksets;
using KnowledgeGraph.Linking.Reconciliation;
using KnowledgeGraph.Linking.Vocabulary;
using KnowledgeGraph.Linking.Wikidata;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Linking.Tests;

/// <summary>The build links offline from the committed linkset, and a Wikidata that stays down changes nothing of that.</summary>
public sealed class OfflineBuildTests(EssayGraph essay) : IClassFixture<EssayGraph>
{
    [Fact]
    public void The_build_merges_every_committed_link_and_validates()
    {
        var committed = LinksetReader.ReadFile(RepositoryFiles.Path("links", "wikidata.ttl"));
        LinkMerge merge = essay.Result.Links!;

        Assert.True(essay.Result.Validation.Conforms);
        Assert.Equal(committed.Count, merge.Published.Count + merge.Stale.Count + merge.Rejected.Count);
        Assert.Empty(merge.Stale);
        Assert.Contains(essay.Triples, t => t.Subject.Equals(new Iri("https://example.org/kg/person/leon-trotsky"))
            && t.Predicate.Equals(LinkVocabulary.ExactMatch) && t.Object.Equals(LinkVocabulary.WikidataItem("Q33391")));
        Assert.Equal(merge.Published.Count, essay.Triples.Count(t => t.Predicate.Equals(LinkVocabulary.ReviewStatus)));
    }

    [Fact]
    public void Every_committed_link_was_reviewed_by_hand()
    {
        var committed = LinksetReader.ReadFile(RepositoryFiles.Path("links", "wikidata.ttl"));

        Assert.NotEmpty(committed);
        Assert.All(committed, l => Assert.Equal(LinkMethod.ManualReview, l.Method));
        Assert.All(committed, l => Assert.Equal(ReviewStatus.Accepted, l.Status));
    }

    [Fact]
    public async Task When_wikidata_stays_down_the_circuit_opens_and_the_offline_linkset_still_serves_the_build()
    {
        await using var fake = await FakeWikidata.StartAsync();
        fake.Down = true;
        using var client = new WikidataClient(new WikidataClientOptions
        {
            ApiBase = fake.ApiBase,
            BaseDelay = TimeSpan.FromMilliseconds(1),
            MaxRetryAttempts = 2,
            BreakerMinimumThroughput = 3,
            BreakDuration = TimeSpan.FromMinutes(5),
        });
        var reconciler = new WikidataReconciler(client, new ReconcilerOptions());

        var report = await reconciler.ReconcileAsync(GraphEntityReader.Read(essay.Triples), new Dictionary<Iri, string>(), new HashSet<(Iri, string)>(), 1978);

        Assert.NotNull(report.Unavailable);
        Assert.Equal(1, report.Examined);
        Assert.Empty(report.Links);
        Assert.Equal(3, fake.Requests.Count);
        Assert.NotEmpty(essay.Result.Links!.Published);
    }
}
