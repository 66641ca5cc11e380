using KnowledgeGraph.Linking.Linksets;
using KnowledgeGraph.Linking.Vocabulary;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Linking.Tests;

/// <summary>Reading, writing and merging linksets: review decisions win, stale links are reported, bad records are named.</summary>
public sealed class LinksetTests
{
    private static readonly Iri Trotsky = new("https://example.org/kg/person/leon-trotsky");
    private static readonly Iri Stalin = new("https://example.org/kg/person/joseph-stalin");
    private static readonly DateOnly Day = new(2026, 11, 25);

    private static EntityLink Link(Iri source, string qid, ReviewStatus status = ReviewStatus.Accepted, LinkMethod method = LinkMethod.ManualReview) =>
        new(source, LinkVocabulary.WikidataItem(qid), LinkVocabulary.ExactMatch, 1.0, method, status, Day, "checked");

    private static List<Triple> Graph(params Iri[] entities) =>
        entities.Select(e => new Triple(e, RdfVocab.Type, new Iri(LinkVocabulary.Kgo + "Person"))).ToList();

    [Fact]
    public void Written_links_read_back_the_same()
    {
        EntityLink[] links = [Link(Trotsky, "Q33391"), Link(Stalin, "Q855", ReviewStatus.Pending, LinkMethod.AutomaticReconciliation) with { Score = 0.75 }];
        var text = new StringWriter();

        LinksetWriter.Write(text, links, LinksetMerger.FileBaseIri, "test linkset");
        var read = LinksetReader.Read(new StringReader(text.ToString()), "test");

        Assert.Equal(links.OrderBy(l => l.Source.Value), read.OrderBy(l => l.Source.Value));
        Assert.StartsWith("# test linkset", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_incomplete_record_is_an_error_naming_the_file_the_record_and_the_missing_property()
    {
        const string text = """
            @prefix kgo: <https://w3id.org/kg-essays/ontology#> .
            <https://example.org/kg/link/x> a kgo:EntityLink ; kgo:linkSource <https://example.org/kg/person/x> .
            """;

        var error = Assert.Throws<LinksetFormatException>(() => LinksetReader.Read(new StringReader(text), "links/bad.ttl"));

        Assert.Contains("links/bad.ttl", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://example.org/kg/link/x", error.Message, StringComparison.Ordinal);
        Assert.Contains("kgo:linkTarget", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_the_file_name()
    {
        var error = Assert.Throws<LinksetFormatException>(() => LinksetReader.Read(new StringReader("<a> <b> ."), "curation/links-review.ttl"));

        Assert.StartsWith("curation/links-review.ttl:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejection_in_review_keeps_a_linkset_link_out_and_an_acceptance_adds_one()
    {
        EntityLink[] linkset = [Link(Trotsky, "Q33391"), Link(Stalin, "Q855")];
        EntityLink[] reviews = [Link(Stalin, "Q855", ReviewStatus.Rejected), Link(Stalin, "Q99990002")];

        LinkMerge merge = LinksetMerger.Merge(Graph(Trotsky, Stalin), linkset, reviews, LinksetMerger.FileBaseIri);

        Assert.Equal(["Q99990002", "Q33391"], merge.Published.Select(l => LinkVocabulary.WikidataId(l.Target)));
        Assert.Equal("Q855", LinkVocabulary.WikidataId(Assert.Single(merge.Rejected).Target));
        Assert.Contains(merge.Quads, q => q.Subject.Equals(Trotsky) && q.Predicate.Equals(LinkVocabulary.ExactMatch));
        Assert.DoesNotContain(merge.Quads, q => q.Subject.Equals(Stalin) && q.Object.Equals(LinkVocabulary.WikidataItem("Q855")));
    }

    [Fact]
    public void A_link_about_an_entity_the_graph_lacks_is_stale_not_merged()
    {
        LinkMerge merge = LinksetMerger.Merge(Graph(Trotsky), [Link(Trotsky, "Q33391"), Link(Stalin, "Q855")], [], LinksetMerger.FileBaseIri);

        Assert.Equal(Stalin, Assert.Single(merge.Stale).Source);
        Assert.Single(merge.Published);
    }

    [Fact]
    public void Pending_candidates_are_never_published()
    {
        LinkMerge merge = LinksetMerger.Merge(Graph(Trotsky), [Link(Trotsky, "Q33391", ReviewStatus.Pending)], [], LinksetMerger.FileBaseIri);

        Assert.Empty(merge.Published);
        Assert.Empty(merge.Quads);
    }

    [Fact]
    public void Links_follow_the_entities_onto_another_base()
    {
        var moved = new Iri("http://localhost/data/person/leon-trotsky");

        LinkMerge merge = LinksetMerger.Merge(Graph(moved), [Link(Trotsky, "Q33391")], [], "http://localhost/data/");

        Assert.Equal(moved, Assert.Single(merge.Published).Source);
        Assert.All(merge.Quads, q => Assert.StartsWith("http://localhost/data/", ((Iri)q.Graph!).Value, StringComparison.Ordinal));
    }
}
