using System.Globalization;
using System.Text;
using System.Xml;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Resources;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Harvesting;

/// <summary>
/// ResourceSync (ANSI/NISO Z39.99) for aggregators that synchronise that way: the source description at
/// <c>/.well-known/resourcesync</c> points to a capability list, which points to a resource list of every resource
/// document (Turtle) and the dumps, each with its last modification time.
/// </summary>
internal sealed class ResourceSyncEndpoints(DatasetHost dataset, ServerOptions options)
{
    private const string Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Rs = "http://www.openarchives.org/rs/terms/";
    private readonly IriMapper _mapper = new(options.BaseIri);

    public Task SourceDescriptionAsync(HttpContext http) =>
        WriteAsync(http, "description", null, xml => Url(xml, Root(http) + "/resourcesync/capabilitylist.xml", null, "capabilitylist"));

    public Task CapabilityListAsync(HttpContext http) =>
        WriteAsync(http, "capabilitylist", Root(http) + "/.well-known/resourcesync", xml => Url(xml, Root(http) + "/resourcesync/resourcelist.xml", null, "resourcelist"));

    public Task ResourceListAsync(HttpContext http) =>
        WriteAsync(http, "resourcelist", Root(http) + "/resourcesync/capabilitylist.xml", xml =>
        {
            string modified = Stamp(dataset.LastModified);
            using IDatasetSnapshot snapshot = dataset.Store.OpenSnapshot();
            var paths = snapshot.Match(QuadPattern.InAllGraphs()).Select(static q => q.Subject).OfType<Iri>().Distinct()
                .Select(i => _mapper.PathOf(i.Value)).OfType<string>().Where(static p => p.Length > 1).Order(StringComparer.Ordinal);
            foreach (string path in paths)
            {
                Url(xml, Root(http) + path + ".ttl", modified, null);
            }
            Url(xml, Root(http) + "/dumps/dataset.nt.gz", modified, null);
        });

    private async Task WriteAsync(HttpContext http, string capability, string? up, Action<XmlWriter> body)
    {
        var buffer = new StringBuilder();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            xml.WriteStartElement("urlset", Sitemap);
            xml.WriteAttributeString("xmlns", "rs", null, Rs);
            if (up is not null)
            {
                xml.WriteStartElement("rs", "ln", Rs);
                xml.WriteAttributeString("rel", "up");
                xml.WriteAttributeString("href", up);
                xml.WriteEndElement();
            }
            xml.WriteStartElement("rs", "md", Rs);
            xml.WriteAttributeString("capability", capability);
            if (capability == "resourcelist")
            {
                xml.WriteAttributeString("at", Stamp(DateTimeOffset.UtcNow));
            }
            xml.WriteEndElement();
            body(xml);
            xml.WriteEndElement();
        }
        http.Response.ContentType = "application/xml; charset=utf-8";
        await http.Response.WriteAsync("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + buffer, Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
    }

    private static void Url(XmlWriter xml, string location, string? lastModified, string? capability)
    {
        xml.WriteStartElement("url", Sitemap);
        xml.WriteElementString("loc", Sitemap, location);
        if (lastModified is not null)
        {
            xml.WriteElementString("lastmod", Sitemap, lastModified);
        }
        if (capability is not null)
        {
            xml.WriteStartElement("rs", "md", Rs);
            xml.WriteAttributeString("capability", capability);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static string Root(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
