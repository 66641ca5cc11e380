using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KnowledgeGraph.Remote;

/// <summary>
/// The resilience pipeline of every request to a remote store, built like the Wikidata client's (outermost first: a
/// total timeout, retries with exponential backoff and jitter honouring <c>Retry-After</c>, a circuit breaker, a
/// per-attempt timeout) but judging only the HTTP outcome: a store's answer bodies are RDF or SPARQL results, not the
/// Wikidata API's JSON envelopes that the Linking pipeline inspects.
/// </summary>
internal static class RemoteResilience
{
    public static ResiliencePipeline<HttpResponseMessage> Build(RemoteClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider };
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.TotalTimeout, Name = "total" });
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(Transient(args.Outcome) is not null),
            OnRetry = args =>
            {
                options.OnNotice?.Invoke($"retry {args.AttemptNumber + 1} in {args.RetryDelay.TotalSeconds:0.###} s after {Transient(args.Outcome)}");
                return default;
            },
        });
        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(Transient(args.Outcome) is not null),
            OnOpened = args =>
            {
                options.OnNotice?.Invoke($"circuit opened for {args.BreakDuration.TotalSeconds:0.###} s after {Transient(args.Outcome)}");
                return default;
            },
        });
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.AttemptTimeout, Name = "attempt" });
        return builder.Build();
    }

    /// <summary>
    /// The handler chain: resilience around the digest handler (for digest credentials) around the transport, so a
    /// digest handshake is inside one attempt.
    /// </summary>
    public static HttpMessageHandler Handler(RemoteClientOptions options, RemoteCredentials credentials, HttpMessageHandler? transport)
    {
        HttpMessageHandler inner = transport ?? new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All };
        if (credentials.Scheme == RemoteAuthScheme.Digest)
        {
            inner = new DigestAuthHandler(credentials.User, credentials.Secret) { InnerHandler = inner };
        }
        return new ResilienceHandler(Build(options)) { InnerHandler = inner };
    }

    /// <summary>Why an outcome is worth another attempt, or null when it is not (a success, or the store's considered refusal).</summary>
    public static string? Transient(Outcome<HttpResponseMessage> outcome)
    {
        switch (outcome.Exception)
        {
            case TimeoutRejectedException:
                return "attempt timed out";
            case HttpRequestException error:
                return "connection failed: " + error.Message + (error.InnerException is { } cause ? " (" + cause.Message + ")" : "");
            case IOException error:
                return "connection broke: " + error.Message;
            case not null:
                return null;
        }
        if (outcome.Result is not { } response)
        {
            return null;
        }
        int status = (int)response.StatusCode;
        return status is 408 or 429 || status >= 500 ? $"{status} {response.ReasonPhrase}" : null;
    }

    /// <summary>True for the exceptions that mean "the store did not answer usefully", as opposed to a bug.</summary>
    public static bool IsUnavailability(Exception error) =>
        error is BrokenCircuitException or TimeoutRejectedException or HttpRequestException or IOException;
}
