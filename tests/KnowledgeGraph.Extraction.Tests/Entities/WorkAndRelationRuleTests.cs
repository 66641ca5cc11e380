using KnowledgeGraph.Extraction.Citations;
using KnowledgeGraph.Extraction.Documents;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>Works named in prose and the relations the text states, on sentences from other histories than the essay's.</summary>
public sealed class WorkAndRelationRuleTests
{
    private static EntityGraph Extract(string body)
    {
        EssayDocument document = EssayReader.Read(new SourceText("works.md", "# A history\n\n" + body + "\n"));
        return EntityExtractor.Extract(document, CitationExtractor.Extract(document));
    }

    private static string Describe(EntityGraph graph) =>
        string.Join("; ", graph.Entities.Select(e => $"{e.Kind} {e.Label}")) + " || " + string.Join("; ", graph.Relations.Select(r => $"{r.Subject.Label} {r.Kind} {r.Object.Label}"));

    [Theory]
    [InlineData("Readers of Darwin's *On the Origin of Species* were divided for decades.", "On the Origin of Species")]
    [InlineData("The historian John Morley admired the *Communist Manifesto* less than *Capital and Labour* in its day.", "Capital and Labour")]
    [InlineData("The assembly adopted the Weimar Constitution in the summer.", "Weimar Constitution")]
    [InlineData("Nobody had read Lincoln's second letter to Horace Greeley until then.", "Lincoln's second letter to Horace Greeley")]
    [InlineData("Cobbett, a radical farmer, had published a new pamphlet against the tithes.", "Cobbett's pamphlet")]
    [InlineData("In a letter of 1862, Darwin had doubted it.", "Darwin's letter of 1862")]
    [InlineData("The reform was praised in a *Times* editorial of May 4, 1832.", "Times editorial")]
    [InlineData("Farmers read the resolution of the Anti-Corn Law League with care.", "resolution of the Anti-Corn Law League")]
    [InlineData("\"The tithe is a tax on industry.\" *Petition of the Kentish Farmers, 1830*\n\nThe debate went on.", "Petition of the Kentish Farmers, 1830")]
    public void A_work_named_in_prose_is_found(string sentence, string label)
    {
        EntityGraph graph = Extract(sentence);
        Assert.True(graph.Entities.Any(e => e.Kind == EntityKind.Work && e.Label.StartsWith(label, StringComparison.Ordinal)), Describe(graph));
    }

    [Theory]
    [InlineData("See J. Smith, *The Tariff Question* (London, 1901), p. 4.")]
    [InlineData("J. Smith, \"On Tariffs,\" *Economic Review*, March 1968, p. 4.")]
    [InlineData("Cf. *The Tariff Question*, op. cit., p. 9.")]
    public void A_title_in_a_bibliographic_reference_is_a_citation_not_a_work_named_in_prose(string footnoteText)
    {
        EntityGraph graph = Extract("Tariffs rose.<sup>1</sup>\n\n1. " + footnoteText);
        Assert.DoesNotContain(graph.Entities, e => e.Kind == EntityKind.Work);
    }

    [Fact]
    public void A_heading_in_italics_is_not_a_work()
    {
        EntityGraph graph = Extract("### *Theoretical Conclusions*\n\nThe tariff debate ended.");
        Assert.DoesNotContain(graph.Entities, e => e.Kind == EntityKind.Work);
    }

    [Fact]
    public void A_possessive_name_before_a_work_makes_the_person_its_author_with_the_words_as_evidence()
    {
        EntityGraph graph = Extract("Historians still quote Charles Darwin, and Darwin's *On the Origin of Species* sold out at once.");
        StatedRelation author = Assert.Single(graph.Relations, r => r.Kind == RelationKind.Author);
        Assert.Equal("On the Origin of Species", author.Subject.Label);
        Assert.Equal("Charles Darwin", author.Object.Label);
        Assert.Equal("Darwin's *On the Origin of Species", author.Text);
    }

    [Theory]
    [InlineData("He met Ernest Bevin, the general secretary of the Transport Workers Union, in 1926.", "Ernest Bevin", "Transport Workers Union", "general secretary")]
    [InlineData("Later he met Walter Citrine, the Trades Union Congress's general secretary, at the hall.", "Walter Citrine", "Trades Union Congress", "general secretary")]
    public void An_office_in_apposition_makes_the_person_a_member_of_the_organisation(string sentence, string person, string organisation, string role)
    {
        EntityGraph graph = Extract(sentence);
        StatedRelation member = Assert.Single(graph.Relations, r => r.Kind == RelationKind.MemberOf);
        Assert.Equal((person, organisation, role), (member.Subject.Label, member.Object.Label, member.Role));
    }

    [Theory]
    [InlineData("Later Friedrich Engels met Moses Hess, the student of Hegel Schmidt, in Cologne.", "Moses Hess", RelationKind.StudentOf, "Hegel Schmidt")]
    [InlineData("The letters of Jenny Marx, the wife of Karl Marx, were kept.", "Jenny Marx", RelationKind.SpouseOf, "Karl Marx")]
    [InlineData("Ernest Bevin spoke with Arthur Henderson, a close colleague of Walter Citrine, at the hall.", "Arthur Henderson", RelationKind.ColleagueOf, "Walter Citrine")]
    public void A_personal_relation_in_apposition_relates_two_persons(string sentence, string subject, RelationKind kind, string other)
    {
        EntityGraph graph = Extract(sentence);
        StatedRelation relation = Assert.Single(graph.Relations, r => r.Kind == kind);
        Assert.Equal((subject, other), (relation.Subject.Label, relation.Object.Label));
    }

    [Fact]
    public void A_person_merely_near_an_organisation_is_not_a_member()
    {
        EntityGraph graph = Extract("Ernest Bevin spoke, and the Transport Workers Union voted against him.");
        Assert.DoesNotContain(graph.Relations, r => r.Kind == RelationKind.MemberOf);
    }
}
