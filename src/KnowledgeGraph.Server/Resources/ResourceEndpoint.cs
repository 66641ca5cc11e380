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
internal sealed class ResourceEndpoint
{
    private const string HtmlType = "text/html";
    private readonly DatasetHost _dataset;
    private readonly ServerOptions _options;
    private readonly RdfFormatRegistry _formats;
    private readonly IriMapper _mapper;
    private readonly ResourceDescriber _describer;
    private readonly SnippetFinder _snippets;
    private readonly DocumentCache _cache = new();
    private readonly Pages.PictureCache _pictures;

    /// <summary>The formats a thing's document comes in, most preferred first (Turtle for clients that take anything).</summary>
    private readonly List<(string Extension, string MediaType, string Name)> _documentFormats;
    private readonly List<string> _mediaTypes;

    public ResourceEndpoint(DatasetHost dataset, ServerOptions options, RdfFormatRegistry formats, Pages.PictureCache pictures)
    {
        _dataset = dataset;
        _pictures = pictures;
        _options = options;
        _formats = formats;
        _mapper = new IriMapper(options.BaseIri);
        _describer = new ResourceDescriber(options.Labels);
        _snippets = new SnippetFinder(options.Labels);
        _documentFormats = [];
        foreach (RdfFormat format in GraphFormats.Writable(formats))
        {
            _documentFormats.Add((format.Extension.TrimStart('.'), format.MediaType, format.Name));
        }
        _documentFormats.Insert(1, ("html", HtmlType, "HTML"));
        _mediaTypes = _documentFormats.ConvertAll(static f => f.MediaType);
    }

    public async Task HandleAsync(HttpContext http)
    {
        string path = http.Request.Path.Value?.TrimStart('/') ?? "";
        // The version is read before the snapshot opens: a document rendered from newer data than its version says is
        // dropped at the next version, while the reverse would keep stale data.
        long version = _dataset.Version;
        int format = -1;
        if (TrySplitDocument(path, out string thingPath, out format)
            && _cache.Find(version, http.Request.PathBase + "/" + thingPath, _documentFormats[format].Extension) is { } cached)
        {
            await WriteDocumentAsync(http, cached, format).ConfigureAwait(false);
            return;
        }
        using IDatasetSnapshot snapshot = _dataset.Store.OpenSnapshot();
        if (format >= 0 && Describe(snapshot, thingPath) is { IsEmpty: false } description)
        {
            CachedDocument document = Render(http, snapshot, description, thingPath, format, version);
            _cache.Add(http.Request.PathBase + "/" + thingPath, _documentFormats[format].Extension, document);
            await WriteDocumentAsync(http, document, format).ConfigureAwait(false);
            return;
        }
        if (Exists(snapshot, path))
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

    /// <summary>Whether the dataset has a statement about or pointing at the thing (what a non-empty description needs).</summary>
    private bool Exists(IDatasetSnapshot snapshot, string path)
    {
        string iri = _mapper.IriOf(path);
        if (!IriSyntax.IsAbsolute(iri))
        {
            return false;
        }
        var resource = new Iri(iri);
        return snapshot.Match(QuadPattern.InAllGraphs(resource)).Any() || snapshot.Match(QuadPattern.InAllGraphs(obj: resource)).Any();
    }

    private async Task SeeOtherAsync(HttpContext http, string path)
    {
        string? chosen = FormatParameter.Of(http.Request) is { } name
            ? _documentFormats.FirstOrDefault(f => f.Extension.Equals(name, StringComparison.OrdinalIgnoreCase) || f.MediaType.Equals(name, StringComparison.OrdinalIgnoreCase) || f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).MediaType
            : ContentNegotiator.Choose(http.Request.Headers.Accept.ToString(), _mediaTypes);
        http.Response.Headers.Vary = "Accept";
        if (chosen is null)
        {
            await Problems.WriteAsync(http, 406, "Not acceptable",
                "This resource is described in: " + string.Join(", ", _mediaTypes)).ConfigureAwait(false);
            return;
        }
        string extension = _documentFormats[_mediaTypes.IndexOf(chosen)].Extension;
        string location = $"{http.Request.PathBase}/{path}.{extension}";
        http.Response.StatusCode = 303;
        http.Response.Headers.Location = location;
        http.Response.Headers.Link = $"<{location}>; rel=\"describedby\"; type=\"{chosen}\"";
    }

    /// <summary>Splits <c>thing.ext</c> when <c>ext</c> names a document format; <paramref name="format"/> is its index.</summary>
    private bool TrySplitDocument(string path, out string thingPath, out int format)
    {
        thingPath = "";
        format = -1;
        int dot = path.LastIndexOf('.');
        if (dot <= 0 || path.IndexOf('/', dot) >= 0)
        {
            return false;
        }
        ReadOnlySpan<char> extension = path.AsSpan(dot + 1);
        for (int i = 0; i < _documentFormats.Count; i++)
        {
            if (extension.Equals(_documentFormats[i].Extension, StringComparison.OrdinalIgnoreCase))
            {
                thingPath = path[..dot];
                format = i;
                return true;
            }
        }
        return false;
    }

    private CachedDocument Render(HttpContext http, IDatasetSnapshot snapshot, ResourceDescription description, string thingPath, int formatIndex, long version)
    {
        var format = _documentFormats[formatIndex];
        var alternates = _documentFormats.ConvertAll(f => (f.Name, f.MediaType, Href: $"{http.Request.PathBase}/{thingPath}.{f.Extension}"));
        string link = string.Join(", ", alternates.Where(a => a.MediaType != format.MediaType).Select(static a => $"<{a.Href}>; rel=\"alternate\"; type=\"{a.MediaType}\""));
        string body;
        if (format.MediaType == HtmlType)
        {
            string? jsonLd = _formats.FindByMediaType("application/ld+json") is { CanWrite: true } jsonLdFormat ? Serialize(jsonLdFormat, description, _options) : null;
            var network = _pictures.Get().Network;
            string? neighbourhood = network.Labels.ContainsKey(description.Resource)
                ? Pages.NetworkSvg.Render(network.Around(description.Resource), _mapper, "Citation neighbourhood of " + _options.Labels.LabelOf(description.Resource, description.All), description.Resource)
                : null;
            IReadOnlyList<TextSnippet> snippets = _snippets.Find(snapshot, description.Resource);
            body = new ResourceHtmlPage(_mapper, _options).Render(description, alternates, jsonLd, neighbourhood, snippets);
        }
        else
        {
            body = Serialize(_formats.FindByMediaType(format.MediaType)!, description, _options);
        }
        return new CachedDocument(version, Encoding.UTF8.GetBytes(body), link);
    }

    private async Task WriteDocumentAsync(HttpContext http, CachedDocument document, int formatIndex)
    {
        var format = _documentFormats[formatIndex];
        string etag = $"W/\"{document.Version}-{format.Extension}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.LastModified = _dataset.LastModified.ToString("R");
        http.Response.Headers.Link = document.Link;
        if (NotModified(http.Request, etag))
        {
            http.Response.StatusCode = 304;
            return;
        }
        http.Response.ContentType = format.MediaType + "; charset=utf-8";
        http.Response.ContentLength = document.Body.Length;
        if (HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }
        await http.Response.Body.WriteAsync(document.Body, http.RequestAborted).ConfigureAwait(false);
    }

    private static string Serialize(RdfFormat format, ResourceDescription description, ServerOptions options)
    {
        // JSON-LD gets the union of the graphs, like the triple formats: a web developer wants one node per resource,
        // while TriG and N-Quads keep the provenance graphs for those who ask for them.
        bool jsonLd = format.MediaType == "application/ld+json";
        IEnumerable<Quad> quads = format.SupportsNamedGraphs && !jsonLd
            ? description.All
            : description.All.Select(static q => q with { Graph = null }).Distinct();
        var writer = new StringWriter { NewLine = "\n" };
        // JSON-LD is compacted with the published context, so clients see the project's own terms.
        IRdfWriter rdfWriter = jsonLd && options.JsonLdContext is { } context
            ? new Rdf.Formats.JsonLd.JsonLdWriter(context)
            : format.CreateWriter();
        rdfWriter.Write(quads, writer, RdfWriterOptions.Default with { Prefixes = KnownPrefixes.All });
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
            && _dataset.LastModified <= since;
    }
}
