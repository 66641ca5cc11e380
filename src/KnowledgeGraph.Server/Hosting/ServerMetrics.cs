using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Hosting;

/// <summary>
/// Request counters for <c>/metrics</c> in the Prometheus text format: requests and total seconds by route group and
/// status code, plus the dataset size. Route groups are a fixed small set, so the label space stays bounded
/// whatever paths clients request.
/// </summary>
public sealed class ServerMetrics(DatasetHost dataset)
{
    private readonly ConcurrentDictionary<(string Route, int Status), Counter> _counters = new();

    /// <summary>Middleware that times and counts every request.</summary>
    public async Task Middleware(HttpContext http, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        long start = Stopwatch.GetTimestamp();
        try
        {
            await next(http).ConfigureAwait(false);
        }
        finally
        {
            Counter counter = _counters.GetOrAdd((RouteGroup(http.Request.Path), http.Response.StatusCode), static _ => new Counter());
            counter.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
    }

    /// <summary>Writes the metrics exposition.</summary>
    public Task WriteAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var text = new StringBuilder();
        text.Append("# HELP kg_http_requests_total HTTP requests answered, by route group and status code.\n# TYPE kg_http_requests_total counter\n");
        var snapshot = _counters.OrderBy(static c => c.Key.Route, StringComparer.Ordinal).ThenBy(static c => c.Key.Status).ToList();
        foreach (var ((route, status), counter) in snapshot)
        {
            text.Append(CultureInfo.InvariantCulture, $"kg_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {counter.Count}\n");
        }
        text.Append("# HELP kg_http_request_seconds_total Time spent answering requests, by route group and status code.\n# TYPE kg_http_request_seconds_total counter\n");
        foreach (var ((route, status), counter) in snapshot)
        {
            text.Append(CultureInfo.InvariantCulture, $"kg_http_request_seconds_total{{route=\"{route}\",status=\"{status}\"}} {counter.Seconds:0.######}\n");
        }
        using (var data = dataset.Store.OpenSnapshot())
        {
            text.Append(CultureInfo.InvariantCulture, $"# HELP kg_dataset_statements Statements in the served dataset.\n# TYPE kg_dataset_statements gauge\nkg_dataset_statements {data.Count}\n");
        }
        http.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
        return http.Response.WriteAsync(text.ToString(), http.RequestAborted);
    }

    private static string RouteGroup(PathString path)
    {
        string value = path.Value ?? "/";
        if (value == "/")
        {
            return "index";
        }
        string first = value.TrimStart('/').Split('/')[0];
        return first switch
        {
            "sparql" or "update" or "dumps" or "assets" or "healthz" or "metrics" or "sitemap.xml" or "robots.txt" or "oai" or "fragments" => first,
            ".well-known" => "well-known",
            _ => "resource",
        };
    }

    private sealed class Counter
    {
        private long _count;
        private long _microseconds;

        public long Count => Interlocked.Read(ref _count);

        public double Seconds => Interlocked.Read(ref _microseconds) / 1e6;

        public void Add(double seconds)
        {
            Interlocked.Increment(ref _count);
            Interlocked.Add(ref _microseconds, (long)(seconds * 1e6));
        }
    }
}
