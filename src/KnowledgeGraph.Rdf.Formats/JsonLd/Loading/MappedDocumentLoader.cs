using KnowledgeGraph.Rdf.Iris;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Loading;

/// <summary>
/// A loader that serves only what it is told to: URLs starting with a mapped prefix are read from local files (the
/// rest of the URL is appended to the mapped path), and URLs starting with an allow-listed prefix are fetched over
/// HTTP(S). Everything else is refused, as with <see cref="RefusingDocumentLoader"/>.
/// </summary>
public sealed class MappedDocumentLoader : IDocumentLoader
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _mappings;
    private readonly IReadOnlyList<string> _allowed;
    private readonly HttpClient? _http;

    /// <summary>Creates a loader.</summary>
    /// <param name="mappings">URL prefixes and the local file or folder path each stands for.</param>
    /// <param name="allowedUrlPrefixes">URL prefixes that may be fetched from the network.</param>
    /// <param name="http">The client used for allow-listed URLs; required only when some are given.</param>
    public MappedDocumentLoader(
        IEnumerable<KeyValuePair<string, string>> mappings,
        IEnumerable<string>? allowedUrlPrefixes = null,
        HttpClient? http = null)
    {
        _mappings = mappings.OrderByDescending(m => m.Key.Length).ToList();
        _allowed = allowedUrlPrefixes?.ToList() ?? [];
        _http = http;
    }

    /// <summary>A loader that reads <c>file:</c> IRIs inside <paramref name="folder"/> (and nothing else).</summary>
    public static MappedDocumentLoader ForLocalFolder(string folder)
    {
        string full = Path.GetFullPath(folder);
        string iri = FileIri.FromPath(full);
        if (!iri.EndsWith('/'))
        {
            iri += "/";
        }
        if (!full.EndsWith(Path.DirectorySeparatorChar))
        {
            full += Path.DirectorySeparatorChar;
        }
        return new MappedDocumentLoader([new(iri, full)]);
    }

    /// <inheritdoc/>
    public RemoteDocument Load(string url)
    {
        string withoutFragment = url.Contains('#') ? url[..url.IndexOf('#')] : url;
        foreach (var (prefix, path) in _mappings)
        {
            if (withoutFragment.StartsWith(prefix, StringComparison.Ordinal))
            {
                string rest = Uri.UnescapeDataString(withoutFragment[prefix.Length..]);
                string file = rest.Length == 0 ? path : Path.GetFullPath(Path.Combine(path, rest));
                if (rest.Contains("..", StringComparison.Ordinal) || !File.Exists(file))
                {
                    throw Failed(url, "no such local file: " + file);
                }
                return new RemoteDocument(withoutFragment, ContentTypeOf(file), null, null, File.ReadAllText(file));
            }
        }
        if (_http is not null && _allowed.Any(a => withoutFragment.StartsWith(a, StringComparison.Ordinal)))
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, withoutFragment);
                request.Headers.Accept.ParseAdd("application/ld+json, application/json;q=0.9");
                using var response = _http.Send(request);
                response.EnsureSuccessStatusCode();
                using var reader = new StreamReader(response.Content.ReadAsStream());
                string finalUrl = response.RequestMessage?.RequestUri?.OriginalString ?? withoutFragment;
                return new RemoteDocument(finalUrl, response.Content.Headers.ContentType?.MediaType, null, null, reader.ReadToEnd());
            }
            catch (HttpRequestException e)
            {
                throw Failed(url, e.Message);
            }
        }
        return RefusingDocumentLoader.Instance.Load(url);
    }

    private static JsonLdException Failed(string url, string why) =>
        new(JsonLdErrorCode.LoadingDocumentFailed, "$", $"cannot load <{url}>: {why}");

    private static string ContentTypeOf(string file) => Path.GetExtension(file).ToUpperInvariant() switch
    {
        ".JSONLD" => "application/ld+json",
        ".JSON" => "application/json",
        ".HTML" or ".HTM" => "text/html",
        _ => "application/octet-stream",
    };
}
