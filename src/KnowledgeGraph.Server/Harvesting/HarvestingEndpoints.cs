using System.Net;
using System.Text;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Negotiation;
using KnowledgeGraph.Server.Resources;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Harvesting;

/// <summary>
/// What harvesters and crawlers look for: the VoID/DCAT description at <c>/.well-known/void</c>, dumps under
/// <c>/dumps/</c>, <c>/sitemap.xml</c> listing every resource page, and <c>/robots.txt</c> pointing at it.
/// </summary>
internal sealed class HarvestingEndpoints(DatasetHost dataset, ServerOptions options, RdfFormatRegistry formats)
{
    private const int SitemapLimit = 50_000;
    private readonly DumpStore _dumps = new(dataset);
    private readonly IriMapper _mapper = new(options.BaseIri);

    public async Task VoidAsync(HttpContext http)
    {
        if (GraphFormats.Negotiate(http.Request, formats) is not { } format)
        {
            await Problems.WriteAsync(http, 406, "Not acceptable", "The dataset description is available as " + GraphFormats.Available(formats)).ConfigureAwait(false);
            return;
        }
        IEnumerable<Quad> quads;
        using (IDatasetSnapshot snapshot = dataset.Store.OpenSnapshot())
        {
            quads = new DatasetDescriptionBuilder(options, formats).Build(snapshot, PublicRoot(http), dataset.LastModified).ToList();
        }
        var writer = new StringWriter { NewLine = "\n" };
        format.CreateWriter().Write(quads, writer, RdfWriterOptions.Default with
        {
            Prefixes = [.. KnownPrefixes.All, new("dcat", "http://www.w3.org/ns/dcat#")],
        });
        http.Response.Headers.Vary = "Accept";
        http.Response.ContentType = format.MediaType + "; charset=utf-8";
        await http.Response.WriteAsync(writer.ToString(), Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
    }

    public async Task DumpAsync(HttpContext http, string file)
    {
        RdfFormat? format = GraphFormats.Writable(formats).FirstOrDefault(f => DumpStore.FileName(f) == file);
        if (format is null)
        {
            await Problems.WriteAsync(http, 404, "No such dump", "Dumps: " + string.Join(", ", GraphFormats.Writable(formats).Select(DumpStore.FileName))).ConfigureAwait(false);
            return;
        }
        byte[] bytes = _dumps.Get(format);
        http.Response.ContentType = file.EndsWith(".gz", StringComparison.Ordinal) ? "application/gzip" : format.MediaType + "; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{file}\"";
        http.Response.Headers.ETag = $"\"{dataset.Version}-{file}\"";
        http.Response.Headers.LastModified = dataset.LastModified.ToString("R");
        http.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted).ConfigureAwait(false);
        }
    }

    public async Task SitemapAsync(HttpContext http)
    {
        string root = PublicRoot(http);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        string modified = dataset.LastModified.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using (IDatasetSnapshot snapshot = dataset.Store.OpenSnapshot())
        {
            IEnumerable<string> paths = snapshot.Match(QuadPattern.InAllGraphs())
                .Select(static q => q.Subject).OfType<Iri>().Distinct()
                .Select(i => _mapper.PathOf(i.Value)).OfType<string>()
                .Where(static p => p.Length > 1).Order(StringComparer.Ordinal).Take(SitemapLimit);
            foreach (string path in paths)
            {
                xml.Append("  <url><loc>").Append(WebUtility.HtmlEncode(root + path + ".html")).Append("</loc><lastmod>").Append(modified).Append("</lastmod></url>\n");
            }
        }
        xml.Append("</urlset>\n");
        http.Response.ContentType = "application/xml; charset=utf-8";
        await http.Response.WriteAsync(xml.ToString(), Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
    }

    public Task RobotsAsync(HttpContext http)
    {
        // Crawlers may read every page but should not run queries; the sitemap lists the pages.
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync($"User-agent: *\nDisallow: /sparql\nDisallow: /update\nSitemap: {PublicRoot(http)}/sitemap.xml\n", http.RequestAborted);
    }

    private static string PublicRoot(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
