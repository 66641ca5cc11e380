using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Server.BrowserTests;

/// <summary>
/// The real server (as <c>kg serve</c> builds it) on Kestrel at a free loopback port, so a real browser can reach it,
/// publishing <see cref="LibraryDataset"/>.
/// </summary>
internal sealed class SiteUnderTest : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly InMemoryQuadStore _store;

    private SiteUnderTest(WebApplication app, InMemoryQuadStore store, Uri address)
    {
        _app = app;
        _store = store;
        Address = address;
    }

    /// <summary>Where the site answers, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Address { get; }

    public static async Task<SiteUnderTest> StartAsync()
    {
        var store = new InMemoryQuadStore();
        using (var reader = new StringReader(LibraryDataset.Turtle))
        {
            store.Load(KnownRdfFormats.Turtle.CreateReader().Read(reader, RdfReaderOptions.Default with { BaseIri = LibraryDataset.Base }));
        }
        var options = new ServerOptions
        {
            BaseIri = LibraryDataset.Base,
            Title = "Library",
            ExampleQueries = [(LibraryDataset.CitationsQueryTitle, LibraryDataset.CitationsQuery)],
        };
        // Port 0: Kestrel picks a free port and reports it in the app's URLs once started.
        WebApplication app = KnowledgeGraphServer.Create(options, store, builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        string url = app.Urls.Single();
        return new SiteUnderTest(app, store, new Uri(url.EndsWith('/') ? url : url + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _store.Dispose();
    }
}
