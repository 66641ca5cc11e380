using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Results;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KnowledgeGraph.Remote;

/// <summary>
/// A client of one store's SPARQL 1.1 Graph Store HTTP Protocol service (indirect identification:
/// <c>SERVICE?graph=IRI</c>) and, optionally, its SPARQL query endpoint for counting. Every request goes through the
/// resilience pipeline; failures become <see cref="RemoteStoreException"/> naming the request, the URL and the answer.
/// </summary>
public sealed class GraphStoreClient : IDisposable
{
    private const string NTriplesType = "application/n-triples";
    // Enough of a store's error page to say what went wrong without flooding the terminal with HTML.
    private const int ErrorTextLength = 400;

    private readonly HttpClient _http;
    private readonly RemoteClientOptions _options;
    private string? _lastNotice;

    /// <summary>Creates a client of the GSP service at <paramref name="service"/>; <paramref name="transport"/> replaces the network (tests).</summary>
    public GraphStoreClient(Uri service, RemoteCredentials credentials, RemoteClientOptions? options = null, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(credentials);
        if (!service.IsAbsoluteUri || (service.Scheme != Uri.UriSchemeHttp && service.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"the Graph Store endpoint must be an absolute http(s) URL, not '{service}'", nameof(service));
        }
        Service = service;
        RemoteClientOptions given = options ?? new RemoteClientOptions();
        // The last retry or circuit notice says why the store is considered down; the final error repeats it, since a
        // quiet run shows no notices and "the circuit is open" alone does not say what failed.
        _options = given with
        {
            OnNotice = notice =>
            {
                Volatile.Write(ref _lastNotice, notice);
                given.OnNotice?.Invoke(notice);
            },
        };
        // The pipeline has its own timeouts; HttpClient's would cut retries short.
        _http = new HttpClient(RemoteResilience.Handler(_options, credentials, transport)) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.Authorization = credentials.Header();
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("KnowledgeGraph-kg-publish/0.1");
    }

    /// <summary>The Graph Store service URL.</summary>
    public Uri Service { get; }

    /// <summary>Replaces the graph's content with <paramref name="triples"/> (HTTP PUT).</summary>
    public Task PutAsync(Iri graph, IEnumerable<Triple> triples, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, graph, triples, cancellationToken);

    /// <summary>Adds <paramref name="triples"/> to the graph (HTTP POST).</summary>
    public Task PostAsync(Iri graph, IEnumerable<Triple> triples, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, graph, triples, cancellationToken);

    /// <summary>Counts the graph's triples by fetching it (HTTP GET); 0 when the store has no such graph.</summary>
    public async Task<long> CountByGetAsync(Iri graph, CancellationToken cancellationToken = default)
    {
        Uri url = GraphUrl(graph);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(NTriplesType);
        request.Headers.Accept.ParseAdd("text/turtle;q=0.9");
        using HttpResponseMessage response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return 0;
        }
        await EnsureSuccessAsync(request, response, cancellationToken).ConfigureAwait(false);
        string mediaType = response.Content.Headers.ContentType?.MediaType ?? NTriplesType;
        RdfFormat format = RdfFormatRegistry.Default.FindByMediaType(mediaType)
            ?? throw new RemoteStoreException($"GET {url}: the store answered {mediaType}, which kg cannot read", (int)response.StatusCode);
        using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return format.CreateReader().Read(body, RdfReaderOptions.Default with { BaseIri = graph.Value }).Select(static q => q.Triple).Distinct().LongCount();
        }
        catch (RdfSyntaxException error)
        {
            throw new RemoteStoreException($"GET {url}: the store's {format.Name} answer does not parse ({error.Message})", (int)response.StatusCode, error);
        }
    }

    /// <summary>Counts the graph's triples with a SPARQL COUNT query at <paramref name="sparqlEndpoint"/>.</summary>
    public async Task<long> CountBySparqlAsync(Uri sparqlEndpoint, Iri graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sparqlEndpoint);
        string query = $"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph.Value}> {{ ?s ?p ?o }} }}";
        var url = new Uri(sparqlEndpoint + (sparqlEndpoint.Query.Length > 0 ? "&" : "?") + "query=" + Uri.EscapeDataString(query));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/sparql-results+json");
        using HttpResponseMessage response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(request, response, cancellationToken).ConfigureAwait(false);
        using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        SparqlResultSet results;
        try
        {
            // The JSON reader also takes Virtuoso's pre-Recommendation "typed-literal".
            results = KnownSparqlResultFormats.Json.CreateReader().Read(body);
        }
        catch (SparqlResultsFormatException error)
        {
            throw new RemoteStoreException($"GET {sparqlEndpoint} (count query): the answer is not SPARQL JSON results ({error.Message})", (int)response.StatusCode, error);
        }
        if (results.Solutions.Count != 1 || !results.Solutions[0].Bindings.TryGetValue("n", out Term? n) || n is not Literal count
            || !long.TryParse(count.LexicalForm, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value))
        {
            throw new RemoteStoreException($"GET {sparqlEndpoint} (count query): expected one row with an integer ?n, got {results.Solutions.Count} row(s)");
        }
        return value;
    }

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();

    /// <summary>The indirect graph URL: the service with <c>graph=IRI</c> added to its query.</summary>
    public Uri GraphUrl(Iri graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new Uri(Service + (Service.Query.Length > 0 ? "&" : "?") + "graph=" + Uri.EscapeDataString(graph.Value));
    }

    private async Task SendAsync(HttpMethod method, Iri graph, IEnumerable<Triple> triples, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, GraphUrl(graph)) { Content = Payload(triples) };
        using HttpResponseMessage response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(request, response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>N-Triples in a byte array, so a retry can send the same body again.</summary>
    private static ByteArrayContent Payload(IEnumerable<Triple> triples)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
        {
            KnownRdfFormats.NTriples.CreateWriter().Write(triples.Select(static t => t.InDefaultGraph()), writer, RdfWriterOptions.Default);
        }
        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(NTriplesType) { CharSet = "utf-8" };
        return content;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string what = $"{request.Method} {request.RequestUri}";
        try
        {
            return await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException error)
        {
            string last = Volatile.Read(ref _lastNotice) is { } notice ? $"; last: {notice}" : "";
            throw new RemoteStoreException($"{what}: not sent, the circuit is open after repeated failures ({error.Message}{last})", null, error);
        }
        catch (TimeoutRejectedException error)
        {
            throw new RemoteStoreException($"{what}: no answer in time ({error.Message})", null, error);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested && RemoteResilience.IsUnavailability(error))
        {
            throw new RemoteStoreException($"{what}: {error.Message} (after {_options.MaxRetryAttempts + 1} attempts at most)", null, error);
        }
    }

    private async Task EnsureSuccessAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        string text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > ErrorTextLength)
        {
            text = text[..ErrorTextLength] + "…";
        }
        int status = (int)response.StatusCode;
        string hint = status is 401 or 403 ? " (check --user/--password or --token)" : "";
        string retried = status is 408 or 429 || status >= 500 ? $", after {_options.MaxRetryAttempts + 1} attempts" : "";
        throw new RemoteStoreException(
            $"{request.Method} {request.RequestUri}: {status} {response.ReasonPhrase}{retried}{hint}" + (text.Length > 0 ? ": " + text : ""), status);
    }
}
