using System.Net;
using System.Text.Json;
using Polly;
using Polly.Timeout;

namespace KnowledgeGraph.Linking.Wikidata;

/// <summary>
/// Decides which outcomes are worth another attempt, and says why: network failures, attempt timeouts, 408, 429, 5xx,
/// Wikidata's <c>maxlag</c> error (an HTTP 200 whose body has error code "maxlag", with <c>MediaWiki-API-Error:
/// maxlag</c> and <c>Retry-After</c> headers), and bodies that are not JSON (truncated in transit).
/// </summary>
internal static class TransientFailure
{
    public static async ValueTask<string?> ReasonAsync(Outcome<HttpResponseMessage> outcome)
    {
        switch (outcome.Exception)
        {
            case TimeoutRejectedException:
                return "attempt timed out";
            case HttpRequestException error:
                return "connection failed: " + error.Message;
            case IOException error:
                return "connection broke: " + error.Message;
            case not null:
                return null;
        }
        HttpResponseMessage? response = outcome.Result;
        if (response is null)
        {
            return null;
        }
        int status = (int)response.StatusCode;
        if (status is 408 or 429 || status >= 500)
        {
            return $"{status} {response.ReasonPhrase ?? response.StatusCode.ToString()}";
        }
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }
        if (response.Headers.TryGetValues("MediaWiki-API-Error", out var codes) && codes.Contains("maxlag", StringComparer.Ordinal))
        {
            return "maxlag (database replication lag)";
        }
        string body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out JsonElement error) && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out JsonElement code) && code.ValueKind == JsonValueKind.String && code.GetString() == "maxlag"
                ? "maxlag (database replication lag)"
                : null;
        }
        catch (JsonException error)
        {
            return $"malformed JSON ({error.Message})";
        }
    }
}
