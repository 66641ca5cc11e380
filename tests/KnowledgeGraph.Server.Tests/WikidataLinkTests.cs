namespace KnowledgeGraph.Server.Tests;

/// <summary>Links from the reviewed Wikidata linkset show on entity pages and are declared as a VoID linkset.</summary>
public sealed class WikidataLinkTests
{
    private const string Linked = TestServers.People + """
        <https://example.org/kg/person/anna> <http://www.w3.org/2004/02/skos/core#exactMatch> <http://www.wikidata.org/entity/Q99990020> .
        """;

    [Fact]
    public async Task A_linked_entity_page_links_to_its_wikidata_item()
    {
        await using var server = await TestServers.StartAsync(Linked);
        string html = await server.Client.GetStringAsync("/person/anna.html");

        Assert.Contains("<a href=\"http://www.wikidata.org/entity/Q99990020\" rel=\"external\">Wikidata Q99990020</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unlinked_entity_page_has_no_wikidata_link()
    {
        await using var server = await TestServers.StartAsync(Linked);
        string html = await server.Client.GetStringAsync("/person/boris.html");

        Assert.DoesNotContain("Wikidata Q", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Void_declares_the_wikidata_linkset_with_its_targets_predicate_and_size()
    {
        await using var server = await TestServers.StartAsync(Linked);

        string body = await server.Client.GetStringAsync("/.well-known/void?format=nt");

        string linkset = body.Split('\n').Single(l => l.Contains("<http://rdfs.org/ns/void#Linkset>", StringComparison.Ordinal)).Split(' ')[0];
        var about = body.Split('\n').Where(l => l.StartsWith(linkset + " ", StringComparison.Ordinal)).ToList();
        Assert.Contains(about, l => l.Contains("<http://rdfs.org/ns/void#target> <http://www.wikidata.org/>", StringComparison.Ordinal));
        Assert.Contains(about, l => l.Contains("<http://rdfs.org/ns/void#target> <http://localhost/.well-known/void#dataset>", StringComparison.Ordinal));
        Assert.Contains(about, l => l.Contains("<http://rdfs.org/ns/void#linkPredicate> <http://www.w3.org/2004/02/skos/core#exactMatch>", StringComparison.Ordinal));
        Assert.Contains(about, l => l.Contains("<http://rdfs.org/ns/void#triples> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer>", StringComparison.Ordinal));
    }
}
