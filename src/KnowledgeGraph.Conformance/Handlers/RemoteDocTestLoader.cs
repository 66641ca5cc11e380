using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Formats.JsonLd.Loading;
using KnowledgeGraph.Rdf.Iris;

namespace KnowledgeGraph.Conformance.Handlers;

/// <summary>
/// Emulates the HTTP behaviour a remote-doc test describes in its options (<c>contentType</c>, <c>httpStatus</c>,
/// <c>redirectTo</c>, <c>httpLink</c>) for the test's input URL, as a server would (§9.4 LoadDocumentCallback):
/// redirects change the document URL, error statuses fail, a JSON-LD context Link header on a plain JSON document
/// becomes the context URL, and an alternate Link to JSON-LD on a non-JSON document is followed.
/// Everything else is served from the local suite.
/// </summary>
public sealed class RemoteDocTestLoader : IDocumentLoader
{
    private const string ContextRel = "http://www.w3.org/ns/json-ld#context";
    private readonly IDocumentLoader _files;
    private readonly string _inputUrl;
    private readonly Func<string, IReadOnlyList<string>> _options;

    /// <summary>Creates the loader for one test.</summary>
    /// <param name="files">Serves the suite's files by URL.</param>
    /// <param name="inputUrl">The test's input URL, the one the options describe.</param>
    /// <param name="options">The values of a test option by name (empty when absent).</param>
    public RemoteDocTestLoader(IDocumentLoader files, string inputUrl, Func<string, IReadOnlyList<string>> options)
    {
        _files = files;
        _inputUrl = inputUrl;
        _options = options;
    }

    /// <inheritdoc/>
    public RemoteDocument Load(string url)
    {
        if (url != _inputUrl)
        {
            return _files.Load(url);
        }
        string? status = _options("httpStatus").FirstOrDefault();
        if (status is not null && status.StartsWith('3') && _options("redirectTo").FirstOrDefault() is string target)
        {
            return _files.Load(target);
        }
        if (status is not null && !status.StartsWith('2'))
        {
            throw new JsonLdException(JsonLdErrorCode.LoadingDocumentFailed, "$", $"HTTP status {status} for <{url}>");
        }
        string contentType = _options("contentType").FirstOrDefault() ?? ContentTypeOf(url);
        var links = _options("httpLink").Select(Link.Parse).OfType<Link>().ToList();
        bool isJson = contentType is "application/json" || (contentType.EndsWith("+json", StringComparison.Ordinal) && contentType != "application/ld+json");
        bool isJsonLd = contentType == "application/ld+json";
        if (!isJson && !isJsonLd)
        {
            var alternate = links.FirstOrDefault(l => l.Rel == "alternate" && l.Type == "application/ld+json");
            if (alternate is not null)
            {
                return _files.Load(IriResolver.Resolve(url, alternate.Target));
            }
            throw new JsonLdException(JsonLdErrorCode.LoadingDocumentFailed, "$", $"<{url}> is served as {contentType}, not JSON");
        }
        string? contextUrl = null;
        if (isJson)
        {
            var contextLinks = links.Where(l => l.Rel == ContextRel).ToList();
            if (contextLinks.Count > 1)
            {
                throw new JsonLdException(JsonLdErrorCode.MultipleContextLinkHeaders, "$", $"<{url}> has {contextLinks.Count} context Link headers");
            }
            contextUrl = contextLinks.Count == 1 ? IriResolver.Resolve(url, contextLinks[0].Target) : null;
        }
        return _files.Load(url) with { ContentType = contentType, ContextUrl = contextUrl };
    }

    private static string ContentTypeOf(string url) => Path.GetExtension(url) switch
    {
        ".jsonld" => "application/ld+json",
        ".json" => "application/json",
        ".html" => "text/html",
        _ => "application/octet-stream",
    };

    private sealed record Link(string Target, string? Rel, string? Type)
    {
        public static Link? Parse(string header)
        {
            int start = header.IndexOf('<', StringComparison.Ordinal);
            int end = header.IndexOf('>', StringComparison.Ordinal);
            if (start < 0 || end < start)
            {
                return null;
            }
            string? rel = null, type = null;
            foreach (var parameter in header[(end + 1)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                int equals = parameter.IndexOf('=', StringComparison.Ordinal);
                if (equals < 0)
                {
                    continue;
                }
                string name = parameter[..equals].Trim();
                string value = parameter[(equals + 1)..].Trim().Trim('"');
                if (name == "rel")
                {
                    rel = value;
                }
                else if (name == "type")
                {
                    type = value;
                }
            }
            return new Link(header[(start + 1)..end], rel, type);
        }
    }
}
