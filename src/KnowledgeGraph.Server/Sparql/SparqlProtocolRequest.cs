using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace KnowledgeGraph.Server.Sparql;

/// <summary>
/// A SPARQL 1.1 Protocol request (section 2) read from HTTP: the operation text and the dataset parameters, from the
/// URL query string and, for a form POST, the body. Reading fails with a 4xx <see cref="SparqlProtocolException"/> for
/// what the protocol forbids: a method other than GET/POST, two operation strings, a body of the wrong media type or
/// charset.
/// </summary>
/// <param name="Operation">The query or update text.</param>
/// <param name="IsUpdate">Whether <see cref="Operation"/> is an update request.</param>
/// <param name="DefaultGraphs"><c>default-graph-uri</c> (query) or <c>using-graph-uri</c> (update) values.</param>
/// <param name="NamedGraphs"><c>named-graph-uri</c> (query) or <c>using-named-graph-uri</c> (update) values.</param>
/// <param name="Parameters">Every parameter as received, for extras such as <c>format</c>.</param>
public sealed record SparqlProtocolRequest(
    string Operation,
    bool IsUpdate,
    IReadOnlyList<string> DefaultGraphs,
    IReadOnlyList<string> NamedGraphs,
    IReadOnlyDictionary<string, StringValues> Parameters)
{
    private const string FormType = "application/x-www-form-urlencoded";
    private const string QueryType = "application/sparql-query";
    private const string UpdateType = "application/sparql-update";

    /// <summary>Reads the request; null when it carries no operation at all (a plain GET: the service description).</summary>
    /// <param name="request">The HTTP request.</param>
    /// <param name="update">Whether this endpoint takes updates (else queries).</param>
    /// <exception cref="SparqlProtocolException">The request breaks the protocol.</exception>
    public static async Task<SparqlProtocolRequest?> ReadAsync(HttpRequest request, bool update)
    {
        string operationName = update ? "update" : "query";
        var parameters = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = value;
        }
        string? body = null;
        if (HttpMethods.IsPost(request.Method))
        {
            string mediaType = MediaTypeOf(request.ContentType);
            if (mediaType.Length == 0)
            {
                throw new SparqlProtocolException(415, $"A POSTed {operationName} needs a Content-Type: {FormType} or {(update ? UpdateType : QueryType)}.");
            }
            RequireUtf8(request.ContentType);
            if (mediaType == FormType)
            {
                IFormCollection form = await request.ReadFormAsync().ConfigureAwait(false);
                foreach (var (key, value) in form)
                {
                    parameters[key] = parameters.TryGetValue(key, out StringValues existing) ? StringValues.Concat(existing, value) : value;
                }
            }
            else if (mediaType == (update ? UpdateType : QueryType))
            {
                using var reader = new StreamReader(request.Body, new UTF8Encoding(false, throwOnInvalidBytes: true));
                try
                {
                    body = await reader.ReadToEndAsync().ConfigureAwait(false);
                }
                catch (DecoderFallbackException)
                {
                    throw new SparqlProtocolException(400, $"The {operationName} is not valid UTF-8.");
                }
            }
            else
            {
                throw new SparqlProtocolException(415, $"A POSTed {operationName} must be {FormType} or {(update ? UpdateType : QueryType)}, not {mediaType}.");
            }
        }
        else if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            throw new SparqlProtocolException(405, $"The SPARQL endpoint answers GET and POST, not {request.Method}.");
        }
        else if (update && parameters.ContainsKey("update"))
        {
            throw new SparqlProtocolException(405, "An update must be POSTed; GET cannot change data.");
        }
        if (!update && parameters.ContainsKey("update"))
        {
            throw new SparqlProtocolException(400, "This endpoint only answers queries; updates go to the update endpoint.");
        }
        string? operation = body ?? Single(parameters, operationName);
        if (operation is null)
        {
            return null;
        }
        return new SparqlProtocolRequest(
            operation,
            update,
            Values(parameters, update ? "using-graph-uri" : "default-graph-uri"),
            Values(parameters, update ? "using-named-graph-uri" : "named-graph-uri"),
            parameters);
    }

    private static string? Single(Dictionary<string, StringValues> parameters, string name)
    {
        if (!parameters.TryGetValue(name, out StringValues values) || values.Count == 0)
        {
            return null;
        }
        if (values.Count > 1)
        {
            throw new SparqlProtocolException(400, $"The request has {values.Count} '{name}' parameters; the protocol allows exactly one.");
        }
        return values[0];
    }

    private static List<string> Values(Dictionary<string, StringValues> parameters, string name) =>
        parameters.TryGetValue(name, out StringValues values) ? values.Where(static v => !string.IsNullOrEmpty(v)).Select(static v => v!).ToList() : [];

    private static string MediaTypeOf(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return "";
        }
        int semicolon = contentType.IndexOf(';');
        return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
    }

    // The protocol fixes the body's encoding as UTF-8; another declared charset is refused rather than misread.
    private static void RequireUtf8(string? contentType)
    {
        if (contentType is null)
        {
            return;
        }
        foreach (string parameter in contentType.Split(';').Skip(1))
        {
            string[] pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && pair[0].Equals("charset", StringComparison.OrdinalIgnoreCase)
                && !pair[1].Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            {
                throw new SparqlProtocolException(415, $"The body must be UTF-8, not {pair[1]}.");
            }
        }
    }
}
