namespace KnowledgeGraph.Remote;

/// <summary>
/// How patiently the remote client talks to a store. The defaults suit a store on the same network that may be busy
/// loading; tests shrink delays and timeouts to milliseconds.
/// </summary>
public sealed record RemoteClientOptions
{
    /// <summary>Retries after the first attempt, for transient failures (network errors, timeouts, 408, 429, 5xx).</summary>
    public int MaxRetryAttempts { get; init; } = 4;

    /// <summary>The first backoff delay; it doubles with each retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff delay.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The time limit of one attempt (a large PUT is one attempt, so this is generous).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The time limit of one request with all its retries and waits.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>The share of failed attempts, within <see cref="BreakerSamplingDuration"/>, that opens the circuit.</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;

    /// <summary>The fewest attempts in the sampling window before the circuit may open.</summary>
    public int BreakerMinimumThroughput { get; init; } = 4;

    /// <summary>The window in which failures are counted.</summary>
    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an open circuit refuses requests before letting one through to probe.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The clock of delays and timeouts.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Told of every retry and circuit opening (a line for progress output), or null.</summary>
    public Action<string>? OnNotice { get; init; }
}
