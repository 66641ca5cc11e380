namespace KnowledgeGraph.Server.Tests;

public sealed class SnippetTests
{
    private const string Annotated = TestServers.People + """

        @prefix oa: <http://www.w3.org/ns/oa#> .
        @prefix prov: <http://www.w3.org/ns/prov#> .
        <https://example.org/kg/essay/footnote/12> <http://www.w3.org/2000/01/rdf-schema#label> "Footnote 12" .
        <https://example.org/kg/mention/1> a oa:Annotation ; oa:hasBody <https://example.org/kg/person/anna> ;
            prov:wasDerivedFrom <https://example.org/kg/essay/footnote/12> ;
            oa:hasTarget [ oa:hasSelector [ a oa:TextQuoteSelector ; oa:prefix "as the poet\n  " ; oa:exact "Akhmatova" ; oa:suffix " wrote in 1940" ] ] .
        """;

    [Fact]
    public async Task A_person_page_shows_where_the_text_mentions_them_with_the_passage()
    {
        await using var server = await TestServers.StartAsync(Annotated);
        string page = await server.Client.GetStringAsync("/person/anna.html");
        Assert.Contains("Where the text mentions it", page);
        Assert.Contains("<q>as the poet <mark>Akhmatova</mark> wrote in 1940</q>", page);
        Assert.Contains("<a href=\"/essay/footnote/12\">Footnote 12</a>", page);
    }

    [Fact]
    public async Task A_page_without_annotations_has_no_mention_section()
    {
        await using var server = await TestServers.StartAsync();
        Assert.DoesNotContain("Where the text mentions it", await server.Client.GetStringAsync("/person/anna.html"));
    }
}
