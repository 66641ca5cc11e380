using KnowledgeGraph.Rdf.Formats.JsonLd.Loading;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Internal;

/// <summary>
/// The state of one API call: its options, the contexts it has loaded (each URL is dereferenced once per call) and
/// the blank node identifier issuer.
/// </summary>
internal sealed class JsonLdSession
{
    private readonly Dictionary<string, (RemoteDocument Document, object? Parsed)> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _blankNodes = new(StringComparer.Ordinal);
    private int _counter;

    public JsonLdSession(JsonLdOptions options) => Options = options;

    public JsonLdOptions Options { get; }

    public bool Is10 => Options.Is10;

    /// <summary>Loads and parses a remote context document.</summary>
    public (RemoteDocument Document, object? Parsed) LoadContext(string url)
    {
        if (_loaded.TryGetValue(url, out var cached))
        {
            return cached;
        }
        RemoteDocument document;
        object? parsed;
        try
        {
            document = Options.DocumentLoader.Load(url);
            parsed = Json.Parse(document.Document);
        }
        catch (JsonLdException e)
        {
            throw new JsonLdException(JsonLdErrorCode.LoadingRemoteContextFailed, "$", $"cannot load context <{url}>: {e.Detail}");
        }
        _loaded[url] = (document, parsed);
        return (document, parsed);
    }

    /// <summary>§7.4 Generate Blank Node Identifier: the same old identifier always maps to the same new one.</summary>
    public string IssueBlankNode(string? old)
    {
        if (old is not null && _blankNodes.TryGetValue(old, out var existing))
        {
            return existing;
        }
        string fresh = "_:b" + _counter++.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (old is not null)
        {
            _blankNodes[old] = fresh;
        }
        return fresh;
    }
}
