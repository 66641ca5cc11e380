using System.Text;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Negotiation;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Resources;

/// <summary>
/// Dereferencing, following "Cool URIs for the Semantic Web" (303 URIs): the path of a thing answers
/// <c>303 See Other</c> to a document about it in the negotiated format, <c>{path}.{extension}</c>; the document
/// answers with the description, its alternates in <c>Link</c> headers, and an ETag / Last-Modified for caching.
/// </summary>
internal sealed class ResourceEndpoint(DatasetHost dataset, ServerOptions options, RdfFormatRegistry formats, Pages.PictureCache pictures)
{
    private const string HtmlType = "text/html";
    private readonly IriMapper _mapper = new(options.BaseIri);
    private readonly ResourceDescriber _describer = new();

    public async Task HandleAsync(HttpContext http)
    {
        string path = http.Request.Path.Value?.TrimStart('/') ?? "";
        using IDatasetSnapshot snapshot = dataset.Store.OpenSnapshot();
        if (TrySplitDocument(path, out string thingPath, out string extension)
            && Describe(snapshot, thingPath) is { IsEmpty: false } document)
        {
            await WriteDocumentAsync(http, document, thingPath, extension).ConfigureAwait(false);
            return;
        }
        if (Describe(snapshot, path) is { IsEmpty: false })
        {
            await SeeOtherAsync(http, path).ConfigureAwait(false);
            return;
        }
        await Problems.WriteAsync(http, 404, "Not found", $"The dataset has nothing about <{_mapper.IriOf(path)}>.").ConfigureAwait(false);
    }

    private ResourceDescription? Describe(IDatasetSnapshot snapshot, string path)
    {
        string iri = _mapper.IriOf(path);
        return IriSyntax.IsAbsolute(iri) ? _describer.Describe(snapshot, new Iri(iri)) : null;
    }

    /// <summary>The media types a thing's document comes in, most preferred first (Turtle for clients that take anything).</summary>
    private List<(string Extension, string MediaType, string Name)> DocumentFormats()
    {
        var list = new List<(string, string, string)>();
        foreach (RdfFormat format in GraphFormats.Writable(formats))
        {
            list.Add((format.Extension.TrimStart('.'), format.MediaType, format.Name));
        }
        list.Insert(1, ("html", HtmlType, "HTML"));
        return list;
    }

    private async Task SeeOtherAsync(HttpContext http, string path)
    {
        var documentFormats = DocumentFormats();
        string? chosen = FormatParameter.Of(http.Request) is { } name
            ? documentFormats.FirstOrDefault(f => f.Extension.Equals(name, StringComparison.OrdinalIgnoreCase) || f.MediaType.Equals(name, StringComparison.OrdinalIgnoreCase) || f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).MediaType
            : ContentNegotiator.Choose(http.Request.Headers.Accept.ToString(), documentFormats.ConvertAll(static f => f.MediaType));
        http.Response.Headers.Vary = "Accept";
        if (chosen is null)
        {
            await Problems.WriteAsync(http, 406, "Not acceptable",
                "This resource is described in: " + string.Join(", ", documentFormats.Select(static f => f.MediaType))).ConfigureAwait(false);
            return;
        }
        string extension = documentFormats.First(f => f.MediaType == chosen).Extension;
        string location = $"{http.Request.PathBase}/{path}.{extension}";
        http.Response.StatusCode = 303;
        http.Response.Headers.Location = location;
        http.Response.Headers.Link = $"<{location}>; rel=\"describedby\"; type=\"{chosen}\"";
    }

    private bool TrySplitDocument(string path, out string thingPath, out string extension)
    {
        thingPath = extension = "";
        int dot = path.LastIndexOf('.');
        if (dot <= 0 || path.IndexOf('/', dot) >= 0)
        {
            return false;
        }
        extension = path[(dot + 1)..];
        thingPath = path[..dot];
        string ext = extension;
        return DocumentFormats().Exists(f => f.Extension.Equals(ext, StringComparison.OrdinalIgnoreCase));
    }

    private async Task WriteDocumentAsync(HttpContext http, ResourceDescription description, string thingPath, string extension)
    {
        var documentFormats = DocumentFormats();
        var format = documentFormats.First(f => f.Extension.Equals(extension, StringComparison.OrdinalIgnoreCase));
        string etag = $"W/\"{dataset.Version}-{format.Extension}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.LastModified = dataset.LastModified.ToString("R");
        var alternates = documentFormats.ConvertAll(f => (f.Name, f.MediaType, Href: $"{http.Request.PathBase}/{thingPath}.{f.Extension}"));
        http.Response.Headers.Link = string.Join(", ", alternates.Where(a => a.MediaType != format.MediaType).Select(static a => $"<{a.Href}>; rel=\"alternate\"; type=\"{a.MediaType}\""));
        if (NotModified(http.Request, etag))
        {
            http.Response.StatusCode = 304;
            return;
        }
        string body;
        if (format.MediaType == HtmlType)
        {
            string? jsonLd = formats.FindByMediaType("application/ld+json") is { CanWrite: true } jsonLdFormat ? Serialize(jsonLdFormat, description) : null;
            var network = pictures.Get().Network;
            string? neighbourhood = network.Labels.ContainsKey(description.Resource)
                ? Pages.NetworkSvg.Render(network.Around(description.Resource), _mapper, "Citation neighbourhood of " + LabelChooser.LabelOf(description.Resource, description.All), description.Resource)
                : null;
            body = new ResourceHtmlPage(_mapper, options).Render(description, alternates, jsonLd, neighbourhood);
        }
        else
        {
            body = Serialize(formats.FindByMediaType(format.MediaType)!, description);
        }
        http.Response.ContentType = format.MediaType + "; charset=utf-8";
        if (HttpMethods.IsHead(http.Request.Method))
        {
            http.Response.ContentLength = Encoding.UTF8.GetByteCount(body);
            return;
        }
        await http.Response.WriteAsync(body, Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
    }

    private static string Serialize(RdfFormat format, ResourceDescription description)
    {
        IEnumerable<Quad> quads = format.SupportsNamedGraphs
            ? description.All
            : description.All.Select(static q => q with { Graph = null }).Distinct();
        var writer = new StringWriter { NewLine = "\n" };
        format.CreateWriter().Write(quads, writer, RdfWriterOptions.Default with { Prefixes = KnownPrefixes.All });
        return writer.ToString();
    }

    private bool NotModified(HttpRequest request, string etag)
    {
        string ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0)
        {
            return ifNoneMatch.Split(',', StringSplitOptions.TrimEntries).Any(t => t == "*" || t == etag || "W/" + t == etag);
        }
        return DateTimeOffset.TryParse(request.Headers.IfModifiedSince.ToString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out DateTimeOffset since)
            && dataset.LastModified <= since;
    }
}
