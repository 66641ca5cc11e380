using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace KnowledgeGraph.Linking.Wikidata;

/// <summary>
/// The resilience pipeline of every API request, outermost first: a concurrency limit (one request at a time by
/// default, as Wikimedia asks), a total timeout, retries with exponential backoff and jitter that wait as long as
/// <c>Retry-After</c> says (also on <c>maxlag</c> errors), a circuit breaker that stops asking a service that keeps
/// failing, and a per-attempt timeout.
/// </summary>
internal static class WikidataResilience
{
    public static ResiliencePipeline<HttpResponseMessage> Build(WikidataClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        TimeProvider clock = options.TimeProvider;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock };
        builder.AddConcurrencyLimiter(options.MaxConcurrentRequests, queueLimit: 10_000);
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.TotalTimeout, Name = "total" });
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            ShouldRetryAfterHeader = false,
            ShouldHandle = async args =>
            {
                // A server that asks for a longer pause than we are willing to wait gets none: the request fails now
                // rather than come back before the server asked.
                if (args.Outcome.Result is { } response && RetryAfterHeader.Read(response, clock.GetUtcNow()) is { } wait && wait > options.MaxRetryAfter)
                {
                    return false;
                }
                return await TransientFailure.ReasonAsync(args.Outcome).ConfigureAwait(false) is not null;
            },
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfterHeader.Read(response, clock.GetUtcNow()) : null),
            OnRetry = async args =>
            {
                string reason = await TransientFailure.ReasonAsync(args.Outcome).ConfigureAwait(false) ?? "failure";
                options.OnNotice?.Invoke(new ResilienceNotice(ResilienceEvent.Retry, reason, args.RetryDelay, args.AttemptNumber));
            },
        });
        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakDuration,
            ShouldHandle = async args => await TransientFailure.ReasonAsync(args.Outcome).ConfigureAwait(false) is not null,
            OnOpened = async args =>
            {
                string reason = await TransientFailure.ReasonAsync(args.Outcome).ConfigureAwait(false) ?? "failures";
                options.OnNotice?.Invoke(new ResilienceNotice(ResilienceEvent.CircuitOpened, reason, args.BreakDuration, 0));
            },
            OnClosed = _ =>
            {
                options.OnNotice?.Invoke(new ResilienceNotice(ResilienceEvent.CircuitClosed, "probe succeeded", TimeSpan.Zero, 0));
                return default;
            },
        });
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.AttemptTimeout, Name = "attempt" });
        return builder.Build();
    }

    /// <summary>The handler chain: resilience around a body-buffering handler around the transport.</summary>
    public static HttpMessageHandler Handler(WikidataClientOptions options, HttpMessageHandler? transport)
    {
        var buffering = new BufferingHandler
        {
            InnerHandler = transport ?? new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            },
        };
        return new ResilienceHandler(Build(options)) { InnerHandler = buffering };
    }

    /// <summary>True for the exceptions that mean "the service did not answer usefully", as opposed to a bug.</summary>
    public static bool IsUnavailability(Exception error) =>
        error is BrokenCircuitException or TimeoutRejectedException or HttpRequestException or IOException or Polly.RateLimiting.RateLimiterRejectedException;
}
