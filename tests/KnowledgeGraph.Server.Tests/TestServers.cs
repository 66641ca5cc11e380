using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Server.Tests;

/// <summary>
/// Starts the real server (the one <c>kg serve</c> builds) on ASP.NET Core's in-memory test host, the same host
/// WebApplicationFactory uses, over a store loaded from Turtle.
/// </summary>
internal sealed class TestServers : IAsyncDisposable
{
    public const string Base = "https://example.org/kg/";

    public const string People = """
        @prefix schema: <https://schema.org/> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix cito: <http://purl.org/spar/cito/> .
        <https://example.org/kg/person/anna> a schema:Person ; schema:name "Anna Akhmatova"@en , "Анна Ахматова"@ru ;
            schema:knows <https://example.org/kg/person/boris> .
        <https://example.org/kg/person/boris> a schema:Person ; rdfs:label "Boris Pasternak" .
        <https://example.org/kg/work/zhivago> a schema:Book ; schema:name "Doctor Zhivago" ;
            schema:author <https://example.org/kg/person/boris> ; cito:cites <https://example.org/kg/work/poems> .
        <https://example.org/kg/work/poems> a schema:Book ; schema:name "Poems" ;
            schema:author [ schema:name "Someone unnamed" ] .
        """;

    private TestServers(WebApplication app, InMemoryQuadStore store)
    {
        App = app;
        Store = store;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public InMemoryQuadStore Store { get; }

    public HttpClient Client { get; }

    public static async Task<TestServers> StartAsync(string turtle = People, ServerOptions? options = null)
    {
        var store = new InMemoryQuadStore();
        using (var reader = new StringReader(turtle))
        {
            store.Load(KnownRdfFormats.Turtle.CreateReader().Read(reader, RdfReaderOptions.Default with { BaseIri = Base }));
        }
        WebApplication app = KnowledgeGraphServer.Create(options ?? new ServerOptions { BaseIri = Base }, store, builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        return new TestServers(app, store);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        Store.Dispose();
    }
}
