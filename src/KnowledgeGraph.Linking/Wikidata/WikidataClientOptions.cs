namespace KnowledgeGraph.Linking.Wikidata;

/// <summary>
/// How the Wikidata client talks to the API: where, as whom, and how patiently. The defaults follow Wikimedia's API
/// etiquette (one request at a time, <c>maxlag=5</c>, a descriptive User-Agent with contact details, waiting as long
/// as <c>Retry-After</c> asks); tests shrink the delays and timeouts to milliseconds.
/// </summary>
public sealed record WikidataClientOptions
{
    /// <summary>The public Wikidata Action API.</summary>
    public static readonly Uri DefaultApiBase = new("https://www.wikidata.org/w/api.php");

    /// <summary>The API endpoint (<c>api.php</c>).</summary>
    public Uri ApiBase { get; init; } = DefaultApiBase;

    /// <summary>
    /// The User-Agent, as Wikimedia's policy asks: the tool's name and version, contact details, and the library.
    /// </summary>
    public string UserAgent { get; init; } = "KnowledgeGraph-kg-link/0.1 (https://example.org/kg/; admin@example.org) dotnet-HttpClient";

    /// <summary>The language of labels, aliases and descriptions asked for and searched in.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The <c>maxlag</c> parameter sent with every request (seconds of replication lag the client tolerates).</summary>
    public int MaxLag { get; init; } = 5;

    /// <summary>Retries after the first attempt, for transient failures (429, 5xx, maxlag, timeouts, malformed bodies).</summary>
    public int MaxRetryAttempts { get; init; } = 4;

    /// <summary>The first backoff delay; it doubles with each retry, with jitter, when the server names no delay.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest backoff delay.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The longest <c>Retry-After</c> the client waits for; a server asking for longer gets no retry (the client gives
    /// up on that request rather than come back early).
    /// </summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The time limit of one attempt.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The time limit of one request with all its retries and waits.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The share of failed attempts, within <see cref="BreakerSamplingDuration"/>, that opens the circuit.</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;

    /// <summary>The fewest attempts in the sampling window before the circuit may open.</summary>
    public int BreakerMinimumThroughput { get; init; } = 6;

    /// <summary>The window in which failures are counted.</summary>
    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an open circuit refuses requests before letting one through to probe.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests in flight at once; Wikimedia asks bots to make them one at a time.</summary>
    public int MaxConcurrentRequests { get; init; } = 1;

    /// <summary>The folder of the on-disk response cache, so a rerun does not ask the API again; null for no cache.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The clock of delays and timeouts (tests pass one that runs faster).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Told of every retry, circuit change and cache hit, for progress output and tests.</summary>
    public Action<ResilienceNotice>? OnNotice { get; init; }
}
