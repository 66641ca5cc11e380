using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Sparql;

/// <summary>
/// The <c>/sparql</c> route of a server over a remote store: forwards the SPARQL Protocol request (query string, or a
/// POST body with its media type, and the Accept header) to the remote endpoint and streams the answer back unchanged,
/// within the server's query time limit. There are no retries: a query answer is streamed as it comes, and a retried
/// slow query would only exceed the time limit; the client sees the remote failure as a 502 or 504 instead.
/// </summary>
internal sealed class SparqlProxy : IDisposable
{
    private readonly Uri _remote;
    private readonly ServerOptions _options;
    private readonly HttpClient _http;

    public SparqlProxy(Uri remote, ServerOptions options)
    {
        _remote = remote;
        _options = options;
        _http = new HttpClient(options.SparqlProxyTransport ?? new SocketsHttpHandler(), disposeHandler: options.SparqlProxyTransport is null)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public async Task HandleAsync(HttpContext http)
    {
        HttpRequest incoming = http.Request;
        if (!HttpMethods.IsGet(incoming.Method) && !HttpMethods.IsHead(incoming.Method) && !HttpMethods.IsPost(incoming.Method))
        {
            http.Response.Headers.Allow = "GET, HEAD, POST";
            await Problems.WriteAsync(http, 405, "Method not allowed", "The SPARQL endpoint takes GET and POST.").ConfigureAwait(false);
            return;
        }
        using var request = new HttpRequestMessage(new HttpMethod(incoming.Method), Target(incoming));
        if (incoming.Headers.Accept.Count > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept", incoming.Headers.Accept.ToArray());
        }
        if (HttpMethods.IsPost(incoming.Method))
        {
            request.Content = new StreamContent(incoming.Body);
            if (incoming.ContentType is { } type)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            }
        }
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        limit.CancelAfter(_options.QueryTimeout);
        try
        {
            using HttpResponseMessage answer = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            http.Response.StatusCode = (int)answer.StatusCode;
            if (answer.Content.Headers.ContentType is { } contentType)
            {
                http.Response.ContentType = contentType.ToString();
            }
            await using Stream body = await answer.Content.ReadAsStreamAsync(limit.Token).ConfigureAwait(false);
            await body.CopyToAsync(http.Response.Body, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted)
        {
            await Problems.WriteAsync(http, 504, "Query timeout", $"The remote endpoint {_remote} did not answer within {_options.QueryTimeout.TotalSeconds:0.#} s.").ConfigureAwait(false);
        }
        catch (HttpRequestException error) when (!http.Response.HasStarted)
        {
            await Problems.WriteAsync(http, 502, "Remote endpoint failed", $"The remote endpoint {_remote} failed: {error.Message}").ConfigureAwait(false);
        }
    }

    public void Dispose() => _http.Dispose();

    /// <summary>The remote URL with the incoming query string, plus the configured default graph when the request names no dataset.</summary>
    private Uri Target(HttpRequest incoming)
    {
        string query = incoming.QueryString.HasValue ? incoming.QueryString.Value!.TrimStart('?') : "";
        if (_options.SparqlProxyDefaultGraph is { } graph && !incoming.Query.ContainsKey("default-graph-uri") && !incoming.Query.ContainsKey("named-graph-uri"))
        {
            query += (query.Length > 0 ? "&" : "") + "default-graph-uri=" + Uri.EscapeDataString(graph);
        }
        string remote = _remote.ToString();
        return new Uri(query.Length == 0 ? remote : remote + (_remote.Query.Length > 0 ? "&" : "?") + query);
    }
}
