using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Linking.Tests;

/// <summary>A fault the fake service answers the next request with, instead of its fixture.</summary>
public enum Fault
{
    TooManyRequests,
    ServiceUnavailable,
    Maxlag,
    Hang,
    Truncated,
    Malformed,
}

/// <summary>
/// A fake Wikidata Action API on loopback (Kestrel, port 0): serves the hand-written fixtures of Fixtures/ in the
/// shape of wbsearchentities and wbgetentities answers, and injects faults queued by the test.
/// </summary>
public sealed partial class FakeWikidata : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Fault> _faults = new();
    private readonly ConcurrentQueue<string> _requests = new();

    private FakeWikidata(WebApplication app) => _app = app;

    public Uri ApiBase { get; private set; } = null!;

    /// <summary>When set, every request gets 503 (a service that stays down).</summary>
    public bool Down { get; set; }

    /// <summary>The Retry-After seconds sent with 429 and maxlag answers.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    public IReadOnlyList<string> Requests => _requests.ToList();

    public string? LastUserAgent { get; private set; }

    public void Enqueue(params Fault[] faults)
    {
        foreach (Fault fault in faults)
        {
            _faults.Enqueue(fault);
        }
    }

    public static async Task<FakeWikidata> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        var fake = new FakeWikidata(app);
        app.MapGet("/w/api.php", fake.HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.ApiBase = new Uri(address + "/w/api.php");
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        _requests.Enqueue(http.Request.QueryString.Value ?? "");
        LastUserAgent = http.Request.Headers.UserAgent.ToString();
        if (Down)
        {
            http.Response.StatusCode = 503;
            return;
        }
        if (_faults.TryDequeue(out Fault fault))
        {
            await InjectAsync(http, fault);
            return;
        }
        string body = http.Request.Query["action"].ToString() switch
        {
            "wbsearchentities" => Search(http.Request.Query["search"].ToString()),
            "wbgetentities" => Entities(http.Request.Query["ids"].ToString().Split('|')),
            _ => """{"error":{"code":"badvalue","info":"Unrecognized value for parameter \"action\"."}}""",
        };
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(body);
    }

    private async Task InjectAsync(HttpContext http, Fault fault)
    {
        switch (fault)
        {
            case Fault.TooManyRequests:
                http.Response.StatusCode = 429;
                http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case Fault.ServiceUnavailable:
                http.Response.StatusCode = 503;
                break;
            case Fault.Maxlag:
                // As the API documents it: HTTP 200, error code "maxlag", with Retry-After and X-Database-Lag headers.
                http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                http.Response.Headers["X-Database-Lag"] = "7";
                http.Response.Headers["MediaWiki-API-Error"] = "maxlag";
                http.Response.ContentType = "application/json; charset=utf-8";
                await http.Response.WriteAsync("""{"error":{"code":"maxlag","info":"Waiting for 10.64.48.35: 7 seconds lagged.","host":"10.64.48.35","lag":7,"type":"db"},"servedby":"mw-api-ext"}""");
                break;
            case Fault.Hang:
                await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(static _ => { }, TaskScheduler.Default);
                break;
            case Fault.Truncated:
                http.Response.ContentType = "application/json; charset=utf-8";
                await http.Response.WriteAsync("""{"entities":{"Q33391":{"type":"item","id":"Q33391","labels":{"en":{"lang""");
                break;
            case Fault.Malformed:
                http.Response.ContentType = "application/json; charset=utf-8";
                await http.Response.WriteAsync("<html><body>Wikimedia error: upstream connect error</body></html>");
                break;
        }
    }

    private static string Search(string text)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "search", Slug(text) + ".json");
        return File.Exists(path)
            ? File.ReadAllText(path, Encoding.UTF8)
            : new JsonObject { ["searchinfo"] = new JsonObject { ["search"] = text }, ["search"] = new JsonArray(), ["success"] = 1 }.ToJsonString();
    }

    private static string Entities(IEnumerable<string> ids)
    {
        var entities = new JsonObject();
        foreach (string id in ids)
        {
            string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "entities", id + ".json");
            entities[id] = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path, Encoding.UTF8)) : new JsonObject { ["id"] = id, ["missing"] = "" };
        }
        return new JsonObject { ["entities"] = entities, ["success"] = 1 }.ToJsonString();
    }

    private static string Slug(string text) => NonAlphanumeric().Replace(text.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
