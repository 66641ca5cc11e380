using KnowledgeGraph.Extraction.Citations;
using KnowledgeGraph.Extraction.Documents;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>
/// The organisation, place and event rules on sentences from other histories than the bundled essay's, so each rule is
/// shown to be about the shape of the text, not about the essay's names.
/// </summary>
public sealed class OrganizationPlaceEventRuleTests
{
    private static IReadOnlyList<ExtractedEntity> Extract(string body)
    {
        EssayDocument document = EssayReader.Read(new SourceText("rules.md", "# A history\n\n" + body + "\n"));
        return EntityExtractor.Extract(document, CitationExtractor.Extract(document)).Entities;
    }

    private static ExtractedEntity Find(IReadOnlyList<ExtractedEntity> entities, EntityKind kind, string label)
    {
        var found = entities.Where(e => e.Kind == kind && e.Label == label).ToList();
        Assert.True(found.Count == 1, $"expected one {kind} '{label}' in: {string.Join("; ", entities.Select(e => $"{e.Kind} {e.Label} ({string.Join(", ", e.Mentions.Select(m => m.Evidence).Distinct())})"))}");
        return found[0];
    }

    [Fact]
    public void Two_names_sharing_a_plural_head_are_two_organisations()
    {
        var entities = Extract("The reform was opposed by the Liberal and Conservative Parties in the assembly.");
        Find(entities, EntityKind.Organization, "Liberal Party");
        Find(entities, EntityKind.Organization, "Conservative Party");
    }

    [Fact]
    public void An_acronym_explained_by_a_name_in_brackets_is_one_entity_with_both_forms()
    {
        var entities = Extract("The reports of the GPU [*Gosudarstvennoe Politicheskoe Upravlenie*] reached the minister. Later the GPU kept its files.");
        ExtractedEntity office = Find(entities, EntityKind.Organization, "Gosudarstvennoe Politicheskoe Upravlenie");
        Assert.Equal(3, office.Mentions.Count);
    }

    [Fact]
    public void A_name_followed_by_its_initials_in_brackets_joins_the_bare_initials_and_a_policy_is_an_event()
    {
        var entities = Extract("Farmers welcomed the Common Agricultural Policy (CAP) in 1962. Under the CAP prices rose, and the CAP was reformed.");
        ExtractedEntity policy = Find(entities, EntityKind.Event, "Common Agricultural Policy");
        Assert.Contains("CAP", policy.Mentions.Select(m => m.Text));
        Assert.DoesNotContain(entities, e => e.Label == "CAP");
    }

    [Fact]
    public void A_newspaper_in_italics_that_is_dated_or_publishes_is_an_organisation()
    {
        var entities = Extract("The text was printed in *Le Monde* March 3, 1968, and the *Morning Post* published a reply.");
        Find(entities, EntityKind.Organization, "Le Monde");
        Find(entities, EntityKind.Organization, "Morning Post");
    }

    [Fact]
    public void A_journal_in_a_reference_is_not_an_acting_organisation()
    {
        var entities = Extract("See J. Smith, \"On Tariffs,\" *Economic Review*, March 3, 1968, p. 4.");
        Assert.DoesNotContain(entities, e => e.Label == "Economic Review" && e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void A_plural_invasion_of_two_places_is_two_events_named_with_the_invader()
    {
        var entities = Extract("The Dutch invasions of Brazil in 1630 and Angola in 1641 were costly.");
        Find(entities, EntityKind.Event, "Dutch invasion of Brazil");
        Find(entities, EntityKind.Event, "Dutch invasion of Angola");
    }

    [Theory]
    [InlineData("Few mourned after Garfield's assassination in the capital.", "Assassination of Garfield")]
    [InlineData("Everyone remembered Guiteau's murder of Garfield that summer.", "Murder of Garfield")]
    [InlineData("The town never forgot the Boston massacre of that winter.", "Boston massacre")]
    [InlineData("Emigration grew after the 1845 famine in the west.", "Famine of 1845")]
    [InlineData("Nobody could stop the forced collectivization of the farms.", "Collectivization")]
    public void Lower_case_events_are_found_by_their_event_noun(string sentence, string label) =>
        Find(Extract(sentence), EntityKind.Event, label);

    [Fact]
    public void A_lower_case_process_joins_the_named_event_with_the_same_head()
    {
        var entities = Extract("The Great Purge began in the capital. The purges spread to the provinces.");
        ExtractedEntity purge = Find(entities, EntityKind.Event, "Great Purge");
        Assert.Equal(2, purge.Mentions.Count);
    }

    [Fact]
    public void A_generic_party_congress_is_not_an_event_but_a_numbered_or_dated_one_is()
    {
        var entities = Extract("The 15th Party Congress of 1927 met in the capital. The 1930 Party Congress then met again, and the Party Congress voted.");
        Find(entities, EntityKind.Event, "15th Party Congress");
        Find(entities, EntityKind.Event, "1930 Party Congress");
        Assert.DoesNotContain(entities, e => e.Label is "Party Congress" or "Congress");
    }

    [Fact]
    public void A_shorter_name_joins_the_one_longer_organisation_it_is_part_of()
    {
        var entities = Extract("Orders came from the British High Command in March. Later the British Command changed its mind.");
        ExtractedEntity command = Find(entities, EntityKind.Organization, "British High Command");
        Assert.Equal(2, command.Mentions.Count);
    }

    [Fact]
    public void A_short_name_that_fits_several_longer_ones_stays_apart()
    {
        var entities = Extract("The French Socialist Party and the Belgian Socialist Party met. The Socialist Party abstained.");
        Assert.Equal(3, entities.Count(e => e.Kind == EntityKind.Organization && e.Label.EndsWith("Socialist Party", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_organisation_word_with_an_of_complement_takes_the_complement()
    {
        var entities = Extract("He wrote to the Ministry of Supply about shortages.");
        Find(entities, EntityKind.Organization, "Ministry of Supply");
    }

    [Fact]
    public void A_rare_word_with_the_definite_article_is_a_body_unless_the_essay_uses_it_as_a_place()
    {
        var entities = Extract("At dawn the Okhrana arrested him. He had fled into the Crimea, and the Crimea was cold.");
        Find(entities, EntityKind.Organization, "Okhrana");
        Assert.DoesNotContain(entities, e => e.Label == "Crimea" && e.Kind == EntityKind.Organization);
    }

    [Theory]
    [InlineData("Traders sailed to the Near East every spring.", "Near East")]
    [InlineData("The armies crossed into the Southern USSR and stayed in the USSR.", "Southern USSR")]
    [InlineData("The ambassador met the Shah of Persia twice.", "Persia")]
    [InlineData("The king ruled in Savoy in 1860 and Nice in 1861.", "Nice")]
    public void Regions_and_realms_are_places(string sentence, string label) =>
        Find(Extract(sentence), EntityKind.Place, label);

    [Fact]
    public void A_state_named_by_a_union_is_a_place()
    {
        var entities = Extract("Trade with the Soviet Union grew while the Writers Union protested.");
        Find(entities, EntityKind.Place, "Soviet Union");
    }

    [Theory]
    [InlineData("The 9th Party Congress of 1920 met in the capital.", "9th Party Congress", 1920)]
    [InlineData("Emigration grew after the 1845 famine in the west.", "Famine of 1845", 1845)]
    [InlineData("Prices fell under the Common Agricultural Policy (CAP) in 1962, and the CAP lasted.", "Common Agricultural Policy", 1962)]
    public void An_event_is_dated_by_the_year_in_or_right_after_its_name_with_the_mention_as_evidence(string sentence, string label, int year)
    {
        ExtractedEntity e = Find(Extract(sentence), EntityKind.Event, label);
        Assert.Equal(year, e.Year);
        Assert.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), e.YearEvidence!.Unit.Content.Text[e.YearEvidence.Start..], StringComparison.Ordinal);
    }

    [Fact]
    public void A_decade_does_not_date_an_event()
    {
        ExtractedEntity e = Find(Extract("The Great Purge of the 1930s ended careers."), EntityKind.Event, "Great Purge");
        Assert.Null(e.Year);
    }
}
