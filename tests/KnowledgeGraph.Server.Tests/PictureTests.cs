using KnowledgeGraph.Server.Pages;

namespace KnowledgeGraph.Server.Tests;

public sealed class PictureTests
{
    private const string Citations = TestServers.People + """

        <https://example.org/kg/work/poems> <http://purl.org/dc/terms/creator> <https://example.org/kg/person/anna> .
        <https://example.org/kg/event/congress> a <https://schema.org/Event> ; <https://schema.org/name> "Twentieth Congress" ;
            <https://schema.org/startDate> "1956-02-14"^^<http://www.w3.org/2001/XMLSchema#date> .
        <https://example.org/kg/event/revolution> a <https://schema.org/Event> ; <https://schema.org/name> "October Revolution" ;
            <https://schema.org/startDate> "1917" .
        """;

    [Fact]
    public async Task The_index_page_draws_who_cites_whom_as_svg_with_linked_people()
    {
        await using var server = await TestServers.StartAsync(Citations);
        string page = await server.Client.GetStringAsync("/");
        Assert.Contains("<svg class=\"network\"", page);
        Assert.Contains("Boris Pasternak cites Anna Akhmatova (1", page);
        Assert.Contains("<a href=\"/person/anna\"><circle", page);
    }

    [Fact]
    public async Task The_index_page_draws_the_dated_events_in_year_order()
    {
        await using var server = await TestServers.StartAsync(Citations);
        string page = await server.Client.GetStringAsync("/");
        int revolution = page.IndexOf("1917: October Revolution", StringComparison.Ordinal);
        int congress = page.IndexOf("1956: Twentieth Congress", StringComparison.Ordinal);
        Assert.True(revolution > 0 && congress > revolution);
    }

    [Fact]
    public async Task A_person_page_shows_their_citation_neighbourhood()
    {
        await using var server = await TestServers.StartAsync(Citations);
        string page = await server.Client.GetStringAsync("/person/anna.html");
        Assert.Contains("Citation neighbourhood", page);
        Assert.Contains("fill=\"#c01c28\"", page);
    }

    [Fact]
    public async Task Pages_without_citations_draw_no_network()
    {
        await using var server = await TestServers.StartAsync();
        Assert.DoesNotContain("<svg", await server.Client.GetStringAsync("/"));
    }

    [Theory]
    [InlineData("1956-02-14", 1956)]
    [InlineData("1917", 1917)]
    [InlineData("1881-12-18T00:00:00Z", 1881)]
    [InlineData("about 1900", null)]
    public void Years_are_read_from_dates_and_years(string lexical, int? year)
    {
        Assert.Equal(year, Timeline.YearOf(lexical));
    }

    [Fact]
    public void The_layout_is_deterministic_and_stays_inside_the_picture()
    {
        var edges = new List<(int, int)> { (0, 1), (1, 2), (2, 0), (3, 0) };
        var first = ForceLayout.Place(4, edges, 900, 560);
        var second = ForceLayout.Place(4, edges, 900, 560);
        Assert.Equal(first, second);
        Assert.All(first, static p => Assert.True(p.X is >= 40 and <= 860 && p.Y is >= 30 and <= 530));
    }
}
