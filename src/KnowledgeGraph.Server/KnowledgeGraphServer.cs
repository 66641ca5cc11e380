using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Server.GraphStore;
using KnowledgeGraph.Server.Harvesting;
using KnowledgeGraph.Server.Harvesting.Oai;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Pages;
using KnowledgeGraph.Server.Reconciliation;
using KnowledgeGraph.Server.Resources;
using KnowledgeGraph.Server.Sparql;
using KnowledgeGraph.Sparql.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Server;

/// <summary>
/// Builds the linked-data server: resource dereferencing with content negotiation, the SPARQL 1.1 Protocol endpoint,
/// the optional update route, the Graph Store HTTP Protocol (writes only with the update token), the reconciliation
/// service for OpenRefine, health check and the site's own assets. The CLI's <c>kg serve</c> and the tests both build
/// it here, so they run the same server.
/// </summary>
public static class KnowledgeGraphServer
{
    /// <summary>Creates the application over a store (which the caller keeps owning).</summary>
    /// <param name="options">What to publish and how.</param>
    /// <param name="store">The data.</param>
    /// <param name="configure">Adjusts the builder before the app is built (URLs, logging, a test server).</param>
    public static WebApplication Create(ServerOptions options, IQuadStore store, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        configure?.Invoke(builder);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new DatasetHost(store, DateTimeOffset.UtcNow));
        WebApplication app = builder.Build();
        Map(app, options, app.Services.GetRequiredService<DatasetHost>(), RdfFormatRegistry.Default, SparqlResultFormatRegistry.Default);
        return app;
    }

    private static void Map(WebApplication app, ServerOptions options, DatasetHost dataset, RdfFormatRegistry formats, SparqlResultFormatRegistry results)
    {
        // An unexpected failure answers 500 with problem details; the server itself keeps running.
        app.UseExceptionHandler(errorApp => errorApp.Run(http =>
        {
            var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
            return Problems.WriteAsync(http, 500, "Internal error", $"The server failed to answer this request ({error?.GetType().Name}). The failure was logged.");
        }));
        var metrics = new ServerMetrics(dataset);
        app.Use(metrics.Middleware);
        app.Use(CrossOrigin.Middleware);
        if (options.SparqlProxy is { } remote)
        {
            var proxy = new SparqlProxy(remote, options);
            app.Lifetime.ApplicationStopped.Register(proxy.Dispose);
            app.MapMethods("/sparql", ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"], proxy.HandleAsync);
        }
        else
        {
            var sparql = new SparqlEndpoint(dataset, options, formats, results);
            app.MapMethods("/sparql", ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"], sparql.HandleAsync);
        }
        if (options.UpdateToken is not null)
        {
            var update = new SparqlUpdateEndpoint(dataset, options);
            app.MapMethods("/update", ["GET", "POST", "PUT", "DELETE", "PATCH"], update.HandleAsync);
        }
        // The Graph Store Protocol: reads are open like every other read route; its writes check the update token.
        var graphStore = new GraphStoreEndpoint(dataset, options, formats);
        app.MapMethods("/" + GraphTarget.Prefix + "{**graph}", ["GET", "HEAD", "PUT", "POST", "DELETE"], graphStore.HandleAsync);
        app.MapGet("/healthz", () => Results.Text("ok\n"));
        app.MapGet("/metrics", metrics.WriteAsync);
        var harvesting = new HarvestingEndpoints(dataset, options, formats);
        app.MapGet("/.well-known/void", harvesting.VoidAsync);
        app.MapMethods("/dumps/{file}", ["GET", "HEAD"], harvesting.DumpAsync);
        app.MapGet("/sitemap.xml", harvesting.SitemapAsync);
        app.MapGet("/robots.txt", harvesting.RobotsAsync);
        app.MapGet("/fragments", new TriplePatternFragments(dataset, formats).HandleAsync);
        var sync = new ResourceSyncEndpoints(dataset, options);
        app.MapGet("/.well-known/resourcesync", sync.SourceDescriptionAsync);
        app.MapGet("/resourcesync/capabilitylist.xml", sync.CapabilityListAsync);
        app.MapGet("/resourcesync/resourcelist.xml", sync.ResourceListAsync);
        var oai = new OaiPmhEndpoint(dataset, options);
        app.MapMethods("/oai", ["GET", "POST"], oai.HandleAsync);
        var reconcile = new ReconciliationEndpoints(dataset, options);
        app.MapMethods("/reconcile", ["GET", "POST"], reconcile.ServiceAsync);
        app.MapGet("/reconcile/suggest/entity", reconcile.SuggestEntityAsync);
        app.MapGet("/reconcile/suggest/type", reconcile.SuggestTypeAsync);
        app.MapGet("/reconcile/suggest/property", reconcile.SuggestPropertyAsync);
        app.MapGet("/reconcile/preview", reconcile.PreviewAsync);
        app.MapGet("/reconcile/view", reconcile.ViewAsync);
        app.MapGet("/assets/site.css", SiteAssets.Stylesheet);
        if (options.JsonLdContext is { } context)
        {
            app.MapGet("/context.jsonld", () => Results.Text(context, "application/ld+json; charset=utf-8"));
        }
        var pictures = new PictureCache(dataset, options.Labels);
        var index = new IndexPage(dataset, options, pictures);
        app.MapGet("/", index.HandleAsync);
        var resources = new ResourceEndpoint(dataset, options, formats, pictures);
        app.MapMethods("/{**path}", ["GET", "HEAD"], resources.HandleAsync);
    }
}
