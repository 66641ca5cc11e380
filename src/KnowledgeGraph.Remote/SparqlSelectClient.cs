using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Results;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KnowledgeGraph.Remote;

/// <summary>
/// Sends SELECT queries to a remote SPARQL endpoint (protocol GET, JSON results, Virtuoso's "typed-literal" read too)
/// through the resilience pipeline; failures become <see cref="RemoteStoreException"/>.
/// </summary>
internal sealed class SparqlSelectClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly Iri? _defaultGraph;

    public SparqlSelectClient(Uri endpoint, Iri? defaultGraph, RemoteCredentials credentials, RemoteClientOptions options, HttpMessageHandler? transport)
    {
        _endpoint = endpoint;
        _defaultGraph = defaultGraph;
        _http = new HttpClient(RemoteResilience.Handler(options, credentials, transport)) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.Authorization = credentials.Header();
        _http.DefaultRequestHeaders.Accept.ParseAdd("application/sparql-results+json");
    }

    public SparqlResultSet Select(string query)
    {
        // Without default-graph-uri, Virtuoso's default graph is the union of every graph, system graphs included.
        string graph = _defaultGraph is null ? "" : "&default-graph-uri=" + Uri.EscapeDataString(_defaultGraph.Value);
        var url = new Uri(_endpoint + (_endpoint.Query.Length > 0 ? "&" : "?") + "query=" + Uri.EscapeDataString(query) + graph);
        try
        {
            // IDatasetSnapshot is synchronous; nothing here runs on a synchronization context that could deadlock.
            using HttpResponseMessage response = _http.GetAsync(url).GetAwaiter().GetResult();
            string body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                throw new RemoteStoreException($"GET {_endpoint} ({Shorten(query)}): {(int)response.StatusCode} {response.ReasonPhrase}: {Shorten(body)}", (int)response.StatusCode);
            }
            using var reader = new StringReader(body);
            return KnownSparqlResultFormats.Json.CreateReader().Read(reader);
        }
        catch (SparqlResultsFormatException error)
        {
            throw new RemoteStoreException($"GET {_endpoint} ({Shorten(query)}): the answer is not SPARQL JSON results ({error.Message})", null, error);
        }
        catch (Exception error) when (error is BrokenCircuitException or TimeoutRejectedException || RemoteResilience.IsUnavailability(error))
        {
            throw new RemoteStoreException($"GET {_endpoint} ({Shorten(query)}): no usable answer ({error.Message})", null, error);
        }
    }

    public void Dispose() => _http.Dispose();

    private static string Shorten(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 200 ? text[..200] + "…" : text;
    }
}
