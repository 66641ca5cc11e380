using System.Text;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KnowledgeGraph.Linking.Wikidata;

/// <summary>
/// The Wikidata Action API client: <c>wbsearchentities</c> and <c>wbgetentities</c> through the resilience pipeline,
/// answers kept in the on-disk cache. Failures become <see cref="WikidataUnavailableException"/> (the service did not
/// answer usefully) or <see cref="WikidataResponseException"/> (it answered something else than asked).
/// </summary>
public sealed class WikidataClient : IWikidataSource, IDisposable
{
    // wbgetentities takes at most 50 ids per request.
    private const int IdsPerRequest = 50;
    private const int SearchLimit = 10;

    private readonly WikidataClientOptions _options;
    private readonly HttpClient _http;
    private readonly ResponseCache? _cache;
    private int _networkRequests;
    private int _cacheHits;

    /// <summary>Creates a client; <paramref name="transport"/> replaces the network handler (tests).</summary>
    public WikidataClient(WikidataClientOptions options, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        // The pipeline has its own timeouts; HttpClient's would cut a patient wait for Retry-After short.
        _http = new HttpClient(WikidataResilience.Handler(options, transport)) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        _cache = options.CacheDirectory is null ? null : new ResponseCache(options.CacheDirectory);
    }

    /// <summary>Requests sent to the API (cache hits not counted).</summary>
    public int NetworkRequests => Volatile.Read(ref _networkRequests);

    /// <summary>Requests answered from the on-disk cache.</summary>
    public int CacheHits => Volatile.Read(ref _cacheHits);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        string url = Url(("action", "wbsearchentities"), ("search", text), ("language", _options.Language), ("uselang", _options.Language),
            ("type", "item"), ("limit", SearchLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using JsonDocument answer = await GetAsync(url, cancellationToken).ConfigureAwait(false);
        return WikidataJson.ParseSearch(answer.RootElement, Describe(url));
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<WikidataItem>> GetItemsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var items = new List<WikidataItem>();
        foreach (string[] batch in ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Chunk(IdsPerRequest))
        {
            string url = Url(("action", "wbgetentities"), ("ids", string.Join('|', batch)), ("props", "labels|aliases|descriptions|claims"),
                ("languages", _options.Language));
            using JsonDocument answer = await GetAsync(url, cancellationToken).ConfigureAwait(false);
            items.AddRange(WikidataJson.ParseEntities(answer.RootElement, _options.Language, Describe(url)));
        }
        return items;
    }

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();

    private async Task<JsonDocument> GetAsync(string url, CancellationToken cancellationToken)
    {
        if (_cache?.TryRead(url) is { } cached && TryParse(cached) is { } fromCache)
        {
            Interlocked.Increment(ref _cacheHits);
            return fromCache;
        }
        Interlocked.Increment(ref _networkRequests);
        string body;
        try
        {
            using HttpResponseMessage response = await _http.GetAsync(url, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                string wait = response.Headers.RetryAfter is { } after ? $" (it asks to wait {after})" : "";
                throw new WikidataUnavailableException($"{Describe(url)}: {(int)response.StatusCode} {response.ReasonPhrase}{wait}, after {_options.MaxRetryAttempts + 1} attempts at most");
            }
            body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException error)
        {
            throw new WikidataUnavailableException($"{Describe(url)}: not sent, the circuit is open after repeated failures ({error.Message})", circuitOpen: true, error);
        }
        catch (TimeoutRejectedException error)
        {
            throw new WikidataUnavailableException($"{Describe(url)}: no answer in time ({error.Message})", inner: error);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested && WikidataResilience.IsUnavailability(error))
        {
            throw new WikidataUnavailableException($"{Describe(url)}: {error.Message}", inner: error);
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException error)
        {
            throw new WikidataResponseException($"{Describe(url)}: the answer is not JSON, even after retries ({error.Message})", error);
        }
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new WikidataResponseException($"{Describe(url)}: the answer is not a JSON object");
        }
        if (document.RootElement.TryGetProperty("error", out JsonElement apiError))
        {
            string code = apiError.TryGetProperty("code", out JsonElement c) ? c.ToString() : "?";
            string info = apiError.TryGetProperty("info", out JsonElement i) ? i.ToString() : "";
            document.Dispose();
            if (code == "maxlag")
            {
                throw new WikidataUnavailableException($"{Describe(url)}: the database stayed lagged (maxlag: {info})");
            }
            throw new WikidataResponseException($"{Describe(url)}: API error \"{code}\": {info}");
        }
        _cache?.Write(url, body);
        return document;
    }

    private static JsonDocument? TryParse(string text)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string Url(params (string Name, string Value)[] parameters)
    {
        var query = new StringBuilder();
        foreach ((string name, string value) in parameters.Append(("format", "json")).Append(("maxlag", _options.MaxLag.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        {
            query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }
        return _options.ApiBase.GetLeftPart(UriPartial.Path) + query;
    }

    private static string Describe(string url)
    {
        int query = url.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? url : "Wikidata API " + Uri.UnescapeDataString(url[(query + 1)..]);
    }
}
