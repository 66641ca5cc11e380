namespace KnowledgeGraph.Linking.Wikidata;

/// <summary>What the resilience layer did.</summary>
public enum ResilienceEvent
{
    /// <summary>An attempt failed transiently and will be retried after <see cref="ResilienceNotice.Delay"/>.</summary>
    Retry,

    /// <summary>Too many failures: the circuit opened and requests fail fast for a while.</summary>
    CircuitOpened,

    /// <summary>The circuit closed again after a successful probe.</summary>
    CircuitClosed,
}

/// <summary>One event of the resilience layer.</summary>
/// <param name="Event">What happened.</param>
/// <param name="Reason">Why (the failure: "429 Too Many Requests", "maxlag", "malformed JSON", "attempt timed out").</param>
/// <param name="Delay">The wait before the retry, or how long the circuit stays open.</param>
/// <param name="Attempt">The attempt number that failed (0 for the first).</param>
public sealed record ResilienceNotice(ResilienceEvent Event, string Reason, TimeSpan Delay, int Attempt)
{
    /// <inheritdoc/>
    public override string ToString() => Event switch
    {
        ResilienceEvent.Retry => $"retry {Attempt + 1} in {Delay.TotalSeconds:0.###} s after {Reason}",
        ResilienceEvent.CircuitOpened => $"circuit opened for {Delay.TotalSeconds:0.###} s after {Reason}",
        _ => "circuit closed",
    };
}
