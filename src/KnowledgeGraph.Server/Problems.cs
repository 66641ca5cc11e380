using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server;

/// <summary>Writes errors as RFC 9457 problem details (<c>application/problem+json</c>), the one error shape of the server.</summary>
public static class Problems
{
    /// <summary>Writes a problem response.</summary>
    /// <param name="http">The exchange.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="title">A short summary that does not change between occurrences.</param>
    /// <param name="detail">What went wrong this time, in words a user can act on.</param>
    /// <param name="extensions">Extra members, e.g. the line and column of a syntax error.</param>
    public static async Task WriteAsync(HttpContext http, int status, string title, string detail, Dictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        var body = new Dictionary<string, object?>
        {
            ["type"] = "about:blank",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["instance"] = http.Request.Path.Value,
        };
        foreach (var (key, value) in extensions ?? [])
        {
            body[key] = value;
        }
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/problem+json; charset=utf-8";
        if (status == 405)
        {
            http.Response.Headers.Allow = "GET, HEAD, POST";
        }
        await http.Response.WriteAsync(JsonSerializer.Serialize(body), http.RequestAborted).ConfigureAwait(false);
    }
}
