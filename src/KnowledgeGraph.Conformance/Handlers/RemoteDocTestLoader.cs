using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Formats.JsonLd.Loading;

namespace KnowledgeGraph.Conformance.Handlers;

/// <summary>
/// Emulates the HTTP behaviour a remote-doc test describes in its options (<c>contentType</c>, <c>httpStatus</c>,
/// <c>redirectTo</c>, <c>httpLink</c>) for the test's input URL, and serves everything else from the local suite.
/// </summary>
public sealed class RemoteDocTestLoader : IDocumentLoader
{
    private readonly IDocumentLoader _files;
    private readonly string _inputUrl;
    private readonly Func<string, string?> _option;

    /// <summary>Creates the loader for one test.</summary>
    public RemoteDocTestLoader(IDocumentLoader files, string inputUrl, Func<string, string?> option)
    {
        _files = files;
        _inputUrl = inputUrl;
        _option = option;
    }

    /// <inheritdoc/>
    public RemoteDocument Load(string url)
    {
        if (url != _inputUrl)
        {
            return _files.Load(url);
        }
        if (_option("httpStatus") is string status && status.StartsWith('3') && _option("redirectTo") is string target)
        {
            return Load(target) with { };
        }
        if (_option("httpStatus") is string error && !error.StartsWith('2'))
        {
            throw new JsonLdException(JsonLdErrorCode.LoadingDocumentFailed, "$", $"HTTP status {error} for <{url}>");
        }
        var document = _files.Load(url);
        string? contentType = _option("contentType") ?? document.ContentType;
        string? contextUrl = null;
        if (_option("httpLink") is string link && contentType is not "application/ld+json")
        {
            contextUrl = ContextFromLink(link, url);
        }
        if (contentType is not null && !(contentType is "application/ld+json" or "application/json" || contentType.EndsWith("+json", StringComparison.Ordinal)))
        {
            throw new JsonLdException(JsonLdErrorCode.LoadingDocumentFailed, "$", $"<{url}> is served as {contentType}, not JSON");
        }
        return document with { ContentType = contentType, ContextUrl = contextUrl };
    }

    private static string? ContextFromLink(string link, string baseUrl)
    {
        int start = link.IndexOf('<', StringComparison.Ordinal);
        int end = link.IndexOf('>', StringComparison.Ordinal);
        if (start < 0 || end < start || !link.Contains("http://www.w3.org/ns/json-ld#context", StringComparison.Ordinal))
        {
            return null;
        }
        return KnowledgeGraph.Rdf.Iris.IriResolver.Resolve(baseUrl, link[(start + 1)..end]);
    }
}
