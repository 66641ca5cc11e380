using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Remote;

/// <summary>
/// HTTP Digest (RFC 7616, MD5 with <c>qop=auth</c>, as Virtuoso offers) answered before the body is sent. .NET's own
/// digest support sends the body unauthenticated first, and Virtuoso answers that with a 401 and closes the connection
/// while a large body is still being written ("broken pipe"); this handler instead learns the challenge from a
/// bodiless HEAD of the same URL, as curl does, then sends every request already authenticated.
/// </summary>
internal sealed class DigestAuthHandler(string user, string password) : DelegatingHandler
{
    private readonly Lock _gate = new();
    private Dictionary<string, string>? _challenge;
    private int _count;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _challenge) is null)
        {
            using var probe = new HttpRequestMessage(HttpMethod.Head, request.RequestUri);
            using HttpResponseMessage challenge = await base.SendAsync(probe, cancellationToken).ConfigureAwait(false);
            if (!Learn(challenge))
            {
                // No digest challenge: the server lets us in without one, or wants another scheme; send as is.
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            // Try the credentials on a second bodiless HEAD: a wrong password then comes back as a plain 401, where a
            // body would have met a connection closed under it (a "broken pipe", retried as if the store were down).
            using var check = new HttpRequestMessage(HttpMethod.Head, request.RequestUri);
            Authorize(check);
            HttpResponseMessage checkResponse = await base.SendAsync(check, cancellationToken).ConfigureAwait(false);
            if (checkResponse.StatusCode == HttpStatusCode.Unauthorized)
            {
                return checkResponse;
            }
            checkResponse.Dispose();
        }
        Authorize(request);
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        // A stale nonce gets one more try with the fresh one; a wrong password stays a 401 for the caller to report.
        if (response.StatusCode == HttpStatusCode.Unauthorized && Learn(response) && Stale(response))
        {
            response.Dispose();
            Authorize(request);
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        return response;
    }

    private static bool Stale(HttpResponseMessage response) =>
        Digest(response) is { } fields && fields.TryGetValue("stale", out string? stale) && stale.Equals("true", StringComparison.OrdinalIgnoreCase);

    private bool Learn(HttpResponseMessage response)
    {
        if (Digest(response) is not { } fields || !fields.ContainsKey("nonce") || !fields.ContainsKey("realm"))
        {
            return false;
        }
        lock (_gate)
        {
            _challenge = fields;
            _count = 0;
        }
        return true;
    }

    private static Dictionary<string, string>? Digest(HttpResponseMessage response) =>
        response.Headers.WwwAuthenticate.FirstOrDefault(static h => h.Scheme.Equals("Digest", StringComparison.OrdinalIgnoreCase)) is { Parameter: { } parameter }
            ? Fields(parameter)
            : null;

    /// <summary>Parses <c>name="value", name=token</c> pairs (values may hold commas inside quotes).</summary>
    private static Dictionary<string, string> Fields(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (text[i] == ',' || char.IsWhiteSpace(text[i])))
            {
                i++;
            }
            int equals = text.IndexOf('=', i);
            if (equals < 0)
            {
                break;
            }
            string name = text[i..equals].Trim();
            i = equals + 1;
            string value;
            if (i < text.Length && text[i] == '"')
            {
                int end = text.IndexOf('"', i + 1);
                end = end < 0 ? text.Length : end;
                value = text[(i + 1)..end];
                i = end + 1;
            }
            else
            {
                int end = text.IndexOf(',', i);
                end = end < 0 ? text.Length : end;
                value = text[i..end].Trim();
                i = end;
            }
            fields[name] = value;
        }
        return fields;
    }

    private void Authorize(HttpRequestMessage request)
    {
        Dictionary<string, string> challenge;
        int count;
        lock (_gate)
        {
            challenge = _challenge!;
            count = ++_count;
        }
        string realm = challenge["realm"];
        string nonce = challenge["nonce"];
        string uri = request.RequestUri!.PathAndQuery;
        string nc = count.ToString("x8", CultureInfo.InvariantCulture);
        string cnonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        bool qop = challenge.TryGetValue("qop", out string? offered) && offered.Split(',').Any(static q => q.Trim() == "auth");
        string ha1 = Md5($"{user}:{realm}:{password}");
        string ha2 = Md5($"{request.Method.Method}:{uri}");
        string answer = qop ? Md5($"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}") : Md5($"{ha1}:{nonce}:{ha2}");
        var header = new StringBuilder($"username=\"{user}\", realm=\"{realm}\", nonce=\"{nonce}\", uri=\"{uri}\", response=\"{answer}\", algorithm=MD5");
        if (qop)
        {
            header.Append(CultureInfo.InvariantCulture, $", qop=auth, nc={nc}, cnonce=\"{cnonce}\"");
        }
        if (challenge.TryGetValue("opaque", out string? opaque))
        {
            header.Append(CultureInfo.InvariantCulture, $", opaque=\"{opaque}\"");
        }
        request.Headers.Authorization = new AuthenticationHeaderValue("Digest", header.ToString());
    }

    // MD5 is what the Digest scheme (and Virtuoso) uses; it protects the password in transit, not data at rest.
#pragma warning disable CA5351
    private static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351
}
