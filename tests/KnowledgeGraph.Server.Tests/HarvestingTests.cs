using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Graphs;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Server.Tests;

public sealed class HarvestingTests
{
    private const string WithLinks = TestServers.People + """

        <https://example.org/kg/person/boris> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q1> .
        <https://example.org/kg/person/anna> <http://www.w3.org/2004/02/skos/core#exactMatch> <http://www.wikidata.org/entity/Q2> .
        """;

    [Fact]
    public async Task Void_states_the_size_the_endpoint_the_dumps_and_a_partition_per_class()
    {
        await using var server = await TestServers.StartAsync();
        string body = await server.Client.GetStringAsync("/.well-known/void");
        Assert.Contains("void:sparqlEndpoint <http://localhost/sparql>", body);
        Assert.Contains("void:triples " + server.Store.OpenSnapshot().Count, body);
        Assert.Contains("void:class schema:Person", body);
        Assert.Contains("<http://localhost/dumps/dataset.nt.gz>", body);
        Assert.Contains("dcat:Distribution", body);
    }

    [Fact]
    public async Task Void_declares_a_linkset_per_link_predicate_and_target()
    {
        await using var server = await TestServers.StartAsync(WithLinks);
        string body = await server.Client.GetStringAsync("/.well-known/void?format=nt");
        Assert.Equal(2, body.Split('\n').Count(static l => l.Contains("<http://rdfs.org/ns/void#objectsTarget> <http://www.wikidata.org/>", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_gzipped_ntriples_dump_is_the_whole_dataset()
    {
        await using var server = await TestServers.StartAsync();
        using HttpResponseMessage response = await server.Client.GetAsync("/dumps/dataset.nt.gz");
        Assert.Equal("application/gzip", response.Content.Headers.ContentType?.MediaType);
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        var dumped = KnownRdfFormats.NTriples.CreateReader().Read(gzip, RdfReaderOptions.Default).ToList();
        var served = server.Store.OpenSnapshot().Match(QuadPattern.InAllGraphs()).ToList();
        Assert.True(Isomorphism.AreIsomorphic(served, dumped));
    }

    [Fact]
    public async Task An_unknown_dump_is_404_listing_the_dumps()
    {
        await using var server = await TestServers.StartAsync();
        using HttpResponseMessage response = await server.Client.GetAsync("/dumps/dataset.zip");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("dataset.ttl", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_sitemap_lists_the_html_page_of_every_resource_under_the_base()
    {
        await using var server = await TestServers.StartAsync();
        XDocument sitemap = XDocument.Parse(await server.Client.GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = sitemap.Descendants(ns + "loc").Select(static e => e.Value).ToList();
        Assert.Equal(4, urls.Count);
        Assert.Contains("http://localhost/person/anna.html", urls);
    }

    [Fact]
    public async Task Robots_point_at_the_sitemap_and_keep_crawlers_off_the_endpoint()
    {
        await using var server = await TestServers.StartAsync();
        string robots = await server.Client.GetStringAsync("/robots.txt");
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
        Assert.Contains("Disallow: /sparql", robots);
    }

    [Fact]
    public async Task Metrics_count_requests_by_route_and_status_in_prometheus_format()
    {
        await using var server = await TestServers.StartAsync();
        await server.Client.GetAsync("/person/anna.ttl");
        await server.Client.GetAsync("/person/nobody");
        string metrics = await server.Client.GetStringAsync("/metrics");
        Assert.Contains("kg_http_requests_total{route=\"resource\",status=\"200\"} 1", metrics);
        Assert.Contains("kg_http_requests_total{route=\"resource\",status=\"404\"} 1", metrics);
        Assert.Contains("# TYPE kg_dataset_statements gauge", metrics);
    }
}
