using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Security;

/// <summary>
/// The one check every writing route makes (SPARQL Update, Graph Store Protocol writes): writes are off unless an
/// update token is configured, and then a request must present it as a bearer token. The token is compared in constant
/// time, so response timing does not reveal how much of a guess was right.
/// </summary>
internal static class UpdateAuthorization
{
    private const string Scheme = "Bearer ";

    /// <summary>Whether the request carries the configured token (false when none is configured).</summary>
    public static bool IsAuthorized(HttpRequest request, ServerOptions options)
    {
        string header = request.Headers.Authorization.ToString();
        if (options.UpdateToken is null || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        byte[] given = Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim());
        byte[] expected = Encoding.UTF8.GetBytes(options.UpdateToken);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    /// <summary>
    /// Answers a write that may not proceed: 403 when the server takes no writes at all, else 401 with a bearer
    /// challenge. Returns false when the request may write.
    /// </summary>
    public static async Task<bool> RefuseAsync(HttpContext http, ServerOptions options)
    {
        if (options.UpdateToken is null)
        {
            await Problems.WriteAsync(http, 403, "Forbidden", "This server is read-only: writes are enabled only when it is started with an update token (KG_UPDATE_TOKEN).").ConfigureAwait(false);
            return true;
        }
        if (!IsAuthorized(http.Request, options))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer realm=\"sparql-update\"";
            await Problems.WriteAsync(http, 401, "Unauthorized", "Updates need the configured bearer token in the Authorization header.").ConfigureAwait(false);
            return true;
        }
        return false;
    }
}
