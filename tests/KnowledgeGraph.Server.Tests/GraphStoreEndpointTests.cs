using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.Rdf.RocksDb;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Server.Tests;

/// <summary>The Graph Store Protocol's guards and errors, beyond what the W3C tests exercise.</summary>
public sealed class GraphStoreEndpointTests
{
    private const string Token = "graph-store-token";
    private const string Graph = "/rdf-graphs/service?graph=http%3A%2F%2Fexample.org%2Fg";
    private const string Turtle = "<http://example.org/s> <http://example.org/p> \"o\" .";

    private static async Task<(WebApplication App, HttpClient Client)> StartAsync(IQuadStore store, string? token = Token)
    {
        WebApplication app = KnowledgeGraphServer.Create(new ServerOptions { BaseIri = TestServers.Base, UpdateToken = token }, store, builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        return (app, app.GetTestClient());
    }

    private static HttpRequestMessage Put(string path, string body, string contentType = "text/turtle", string? token = Token)
    {
        var message = new HttpRequestMessage(HttpMethod.Put, path) { Content = new StringContent(body, Encoding.UTF8) };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (token is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return message;
    }

    [Fact]
    public async Task Writes_without_the_token_are_unauthorized_and_change_nothing()
    {
        using var store = new InMemoryQuadStore();
        (WebApplication app, HttpClient client) = await StartAsync(store);
        await using (app)
        {
            using HttpResponseMessage none = await client.SendAsync(Put(Graph, Turtle, token: null));
            using HttpResponseMessage wrong = await client.SendAsync(Put(Graph, Turtle, token: "guess"));

            Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Equal("Bearer", wrong.Headers.WwwAuthenticate.Single().Scheme);
            using IDatasetSnapshot snapshot = store.OpenSnapshot();
            Assert.Equal(0, snapshot.Count);
        }
    }

    [Fact]
    public async Task Without_an_update_token_reads_work_and_writes_are_forbidden()
    {
        using var store = new InMemoryQuadStore();
        store.Load([new Quad(new Iri("http://example.org/s"), new Iri("http://example.org/p"), Literal.Simple("o"), new Iri("http://example.org/g"))]);
        (WebApplication app, HttpClient client) = await StartAsync(store, token: null);
        await using (app)
        {
            using HttpResponseMessage read = await client.GetAsync(Graph);
            using HttpResponseMessage write = await client.SendAsync(Put(Graph, Turtle, token: "anything"));

            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Contains("http://example.org/s", await read.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        }
    }

    [Fact]
    public async Task A_payload_in_an_unknown_format_is_415_and_a_syntax_error_is_400_and_neither_changes_the_graph()
    {
        using var store = new InMemoryQuadStore();
        (WebApplication app, HttpClient client) = await StartAsync(store);
        await using (app)
        {
            using HttpResponseMessage created = await client.SendAsync(Put(Graph, Turtle));
            using HttpResponseMessage unknown = await client.SendAsync(Put(Graph, "s,p,o", "text/csv"));
            using HttpResponseMessage broken = await client.SendAsync(Put(Graph, "<http://example.org/x> <http://example.org/p> .", "text/turtle"));

            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, unknown.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
            Assert.Contains("Turtle", await broken.Content.ReadAsStringAsync());
            using IDatasetSnapshot snapshot = store.OpenSnapshot();
            Assert.Equal(1, snapshot.Count);
        }
    }

    [Fact]
    public async Task A_service_request_naming_no_graph_or_both_kinds_is_400_and_an_unacceptable_format_is_406()
    {
        using var store = new InMemoryQuadStore();
        (WebApplication app, HttpClient client) = await StartAsync(store);
        await using (app)
        {
            using HttpResponseMessage neither = await client.GetAsync("/rdf-graphs/service");
            using HttpResponseMessage both = await client.GetAsync("/rdf-graphs/service?default&graph=http%3A%2F%2Fexample.org%2Fg");
            using var picky = new HttpRequestMessage(HttpMethod.Get, "/rdf-graphs/service?default");
            picky.Headers.Accept.ParseAdd("image/png");
            using HttpResponseMessage unacceptable = await client.SendAsync(picky);

            Assert.Equal(HttpStatusCode.BadRequest, neither.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
            Assert.Equal(HttpStatusCode.NotAcceptable, unacceptable.StatusCode);
        }
    }

    [Fact]
    public async Task Posting_a_document_twice_keeps_its_blank_nodes_apart()
    {
        using var store = new InMemoryQuadStore();
        (WebApplication app, HttpClient client) = await StartAsync(store);
        await using (app)
        {
            const string document = "_:b <http://example.org/p> \"x\" .";
            foreach (int _ in new[] { 1, 2 })
            {
                using var post = new HttpRequestMessage(HttpMethod.Post, Graph) { Content = new StringContent(document, Encoding.UTF8) };
                post.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/n-triples");
                post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
                using HttpResponseMessage response = await client.SendAsync(post);
                Assert.True(response.IsSuccessStatusCode);
            }

            using IDatasetSnapshot snapshot = store.OpenSnapshot();
            Assert.Equal(2, snapshot.Count);
        }
    }

    [Fact]
    public async Task An_acknowledged_put_on_a_persistent_store_is_there_after_the_server_and_store_close()
    {
        string folder = Path.Combine(Path.GetTempPath(), "kg-gsp-durable", Guid.NewGuid().ToString("N"));
        try
        {
            using (RocksDbQuadStore store = RocksDbQuadStore.Open(folder))
            {
                (WebApplication app, HttpClient client) = await StartAsync(store);
                await using (app)
                {
                    using HttpResponseMessage response = await client.SendAsync(Put(Graph, Turtle));
                    Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                }
            }

            using RocksDbQuadStore reopened = RocksDbQuadStore.Open(folder, createIfMissing: false);
            using IDatasetSnapshot snapshot = reopened.OpenSnapshot();
            Assert.True(snapshot.Contains(new Quad(new Iri("http://example.org/s"), new Iri("http://example.org/p"), Literal.Simple("o"), new Iri("http://example.org/g"))));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
