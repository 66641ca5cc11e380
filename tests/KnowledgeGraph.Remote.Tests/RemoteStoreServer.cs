using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>
/// Our own server, in-process on the ASP.NET Core test host, playing the remote store: its Graph Store service at
/// <c>/rdf-graphs/service</c> and SPARQL endpoint at <c>/sparql</c>, writes behind <see cref="Token"/>. Clients reach
/// it through <see cref="Handler"/>, optionally wrapped (to fake a store's size limit).
/// </summary>
internal sealed class RemoteStoreServer : IAsyncDisposable
{
    public const string Token = "publish-test-token";
    public static readonly Uri Service = new("http://store.test/rdf-graphs/service");
    public static readonly Uri Sparql = new("http://store.test/sparql");

    private RemoteStoreServer(WebApplication app, InMemoryQuadStore store)
    {
        App = app;
        Store = store;
    }

    public WebApplication App { get; }

    public InMemoryQuadStore Store { get; }

    public static async Task<RemoteStoreServer> StartAsync()
    {
        var store = new InMemoryQuadStore();
        WebApplication app = KnowledgeGraphServer.Create(new ServerOptions { BaseIri = "http://store.test/", UpdateToken = Token }, store, builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        return new RemoteStoreServer(app, store);
    }

    public HttpMessageHandler Handler() => App.GetTestServer().CreateHandler();

    public List<Triple> Graph(string iri)
    {
        using IDatasetSnapshot snapshot = Store.OpenSnapshot();
        return snapshot.Match(QuadPattern.InGraph(new Iri(iri))).Select(static q => q.Triple).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Store.Dispose();
    }
}
