using System.Net;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Server;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Querying;
using KnowledgeGraph.Sparql.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>
/// <c>kg serve --sparql-endpoint</c>: a front server over a <see cref="RemoteSparqlStore"/> whose <c>/sparql</c>
/// forwards to the remote endpoint (our own server again), answering a documented query as a local run does.
/// </summary>
public sealed class SparqlProxyTests
{
    private const string Essay = """
        @prefix kgo: <https://w3id.org/kg-essays/ontology#> .
        @prefix cito: <http://purl.org/spar/cito/> .
        @prefix schema: <https://schema.org/> .
        <http://example.org/essay> a kgo:Essay ; schema:name "The essay" ; cito:cites <http://example.org/w1> , <http://example.org/w2> .
        <http://example.org/w1> schema:name "Doctor Zhivago" .
        <http://example.org/w2> schema:name "Poems" .
        <http://example.org/a1> cito:hasCitingEntity <http://example.org/essay> ; cito:hasCitedEntity <http://example.org/w1> .
        <http://example.org/a2> cito:hasCitingEntity <http://example.org/essay> ; cito:hasCitedEntity <http://example.org/w1> .
        <http://example.org/a3> cito:hasCitingEntity <http://example.org/essay> ; cito:hasCitedEntity <http://example.org/w2> .
        """;

    [Fact]
    public async Task A_documented_query_through_the_proxy_answers_as_locally()
    {
        await using RemoteStoreServer remote = await RemoteStoreServer.StartAsync();
        remote.Store.Load(Quads());
        using var local = new InMemoryQuadStore();
        local.Load(Quads());
        string query = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "queries", "works-cited.rq"));
        SparqlResultSet expected;
        using (IDatasetSnapshot snapshot = local.OpenSnapshot())
        {
            expected = new SparqlQueryProcessor().Execute(query, snapshot, new QueryOptions()).Results!;
        }

        await using Front front = await Front.StartAsync(remote);
        using HttpResponseMessage response = await front.Client.GetAsync("/sparql?query=" + Uri.EscapeDataString(query));
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SparqlResultSet actual = KnownSparqlResultFormats.Json.CreateReader().Read(new StringReader(body));
        Assert.Equal(2, expected.Solutions.Count);
        Assert.Equal(Rows(expected), Rows(actual));
    }

    [Fact]
    public async Task Pages_read_the_remote_dataset()
    {
        await using RemoteStoreServer remote = await RemoteStoreServer.StartAsync();
        remote.Store.Load(Quads());
        await using Front front = await Front.StartAsync(remote);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/fragments?subject=" + Uri.EscapeDataString("http://example.org/w1"));
        request.Headers.Accept.ParseAdd("application/n-triples");
        using HttpResponseMessage response = await front.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"Doctor Zhivago\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_remote_endpoint_that_fails_is_a_502_naming_it()
    {
        await using RemoteStoreServer remote = await RemoteStoreServer.StartAsync();
        await using Front front = await Front.StartAsync(remote, new Unreachable());

        using HttpResponseMessage response = await front.Client.GetAsync("/sparql?query=" + Uri.EscapeDataString("ASK {}"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("http://store.test/sparql", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static IEnumerable<KnowledgeGraph.Rdf.Terms.Quad> Quads() =>
        KnownRdfFormats.Turtle.CreateReader().Read(new StringReader(Essay), RdfReaderOptions.Default with { BaseIri = "http://example.org/" });

    private static List<string> Rows(SparqlResultSet results) =>
        results.Solutions.Select(row => string.Join(' ', results.Variables.Select(v => row.Bindings.GetValueOrDefault(v)?.ToString() ?? "-"))).ToList();

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KnowledgeGraph.sln")))
            {
                return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException("no KnowledgeGraph.sln above " + AppContext.BaseDirectory);
    }

    private sealed class Unreachable : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException("Connection refused (store.test:80)");
    }

    /// <summary>The front server, as <c>kg serve --sparql-endpoint</c> builds it, on the test host.</summary>
    private sealed class Front : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly RemoteSparqlStore _store;

        private Front(WebApplication app, RemoteSparqlStore store)
        {
            _app = app;
            _store = store;
            Client = app.GetTestClient();
        }

        public HttpClient Client { get; }

        public static async Task<Front> StartAsync(RemoteStoreServer remote, HttpMessageHandler? proxyTransport = null)
        {
            var store = new RemoteSparqlStore(RemoteStoreServer.Sparql, options: Fast.Options(), transport: remote.Handler());
            var options = new ServerOptions { BaseIri = "http://example.org/", SparqlProxy = RemoteStoreServer.Sparql, SparqlProxyTransport = proxyTransport ?? remote.Handler() };
            WebApplication app = KnowledgeGraphServer.Create(options, store, builder =>
            {
                builder.WebHost.UseTestServer();
                builder.Logging.ClearProviders();
            });
            await app.StartAsync();
            return new Front(app, store);
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await _app.DisposeAsync();
            _store.Dispose();
        }
    }
}
