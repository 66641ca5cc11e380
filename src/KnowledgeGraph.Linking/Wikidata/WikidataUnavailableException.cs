namespace KnowledgeGraph.Linking.Wikidata;

/// <summary>Wikidata did not answer usefully (down, overloaded, lagged, timing out, or the circuit is open).</summary>
public sealed class WikidataUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WikidataUnavailableException(string message, bool circuitOpen = false, Exception? inner = null) : base(message, inner) => CircuitOpen = circuitOpen;

    /// <summary>True when the circuit breaker refused the request because the service kept failing.</summary>
    public bool CircuitOpen { get; }
}
