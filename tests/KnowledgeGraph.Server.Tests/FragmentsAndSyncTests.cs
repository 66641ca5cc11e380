using System.Net;
using System.Text;
using System.Xml.Linq;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Server.Harvesting;

namespace KnowledgeGraph.Server.Tests;

public sealed class FragmentsAndSyncTests
{
    private const string Hydra = "http://www.w3.org/ns/hydra/core#";

    private static async Task<List<Quad>> Fragment(TestServers server, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/fragments" + query);
        request.Headers.Accept.ParseAdd("application/n-triples");
        using HttpResponseMessage response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return KnownRdfFormats.NTriples.CreateReader().Read(await response.Content.ReadAsStreamAsync(), RdfReaderOptions.Default).ToList();
    }

    [Fact]
    public async Task A_fragment_holds_the_matching_triples_with_the_count_and_the_search_template()
    {
        await using var server = await TestServers.StartAsync();
        var quads = await Fragment(server, "?predicate=" + Uri.EscapeDataString("https://schema.org/author"));
        Assert.Equal(2, quads.Count(static q => q.Predicate.Value == "https://schema.org/author"));
        Assert.Contains(quads, static q => q.Predicate.Value == Hydra + "totalItems" && ((Literal)q.Object).LexicalForm == "2");
        Assert.Contains(quads, static q => q.Predicate.Value == Hydra + "template");
    }

    [Fact]
    public async Task A_literal_object_in_explicit_representation_matches()
    {
        await using var server = await TestServers.StartAsync();
        var quads = await Fragment(server, "?object=" + Uri.EscapeDataString("\"Anna Akhmatova\"@en"));
        Assert.Single(quads, static q => q.Predicate.Value == "https://schema.org/name");
    }

    [Fact]
    public async Task Large_fragments_are_paged_with_next_links()
    {
        var turtle = new StringBuilder();
        for (int i = 0; i < 250; i++)
        {
            turtle.Append($"<https://example.org/kg/x/{i}> <https://schema.org/position> {i} .\n");
        }
        await using var server = await TestServers.StartAsync(turtle.ToString());
        var first = await Fragment(server, "");
        Assert.Equal(100, first.Count(static q => q.Predicate.Value == "https://schema.org/position"));
        string next = ((Iri)first.Single(static q => q.Predicate.Value == Hydra + "next").Object).Value;
        var third = await Fragment(server, "?page=3");
        Assert.Equal(50, third.Count(static q => q.Predicate.Value == "https://schema.org/position"));
        Assert.DoesNotContain(third, static q => q.Predicate.Value == Hydra + "next");
        Assert.EndsWith("/fragments?page=2", next);
    }

    [Fact]
    public async Task A_malformed_pattern_term_is_400()
    {
        await using var server = await TestServers.StartAsync();
        using HttpResponseMessage response = await server.Client.GetAsync("/fragments?object=" + Uri.EscapeDataString("\"unterminated"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("http://example.org/a")]
    [InlineData("\"plain\"")]
    [InlineData("\"chat\"@fr")]
    [InlineData("\"5\"^^http://www.w3.org/2001/XMLSchema#integer")]
    public void Explicit_terms_round_trip(string text)
    {
        Assert.Equal(text, ExplicitTerm.Format(ExplicitTerm.Parse(text)!));
    }

    [Fact]
    public async Task Resource_sync_leads_from_the_source_description_to_every_document()
    {
        await using var server = await TestServers.StartAsync();
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XDocument description = XDocument.Parse(await server.Client.GetStringAsync("/.well-known/resourcesync"));
        string capabilityList = description.Descendants(sm + "loc").Single().Value;
        XDocument capabilities = XDocument.Parse(await server.Client.GetStringAsync(capabilityList));
        string resourceList = capabilities.Descendants(sm + "loc").Single().Value;
        XDocument resources = XDocument.Parse(await server.Client.GetStringAsync(resourceList));
        var locations = resources.Descendants(sm + "loc").Select(static e => e.Value).ToList();
        Assert.Contains("http://localhost/person/anna.ttl", locations);
        Assert.Contains("http://localhost/dumps/dataset.nt.gz", locations);
    }
}
