namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// A query ran past its <see cref="QueryOptions.Timeout"/>. It derives from <see cref="OperationCanceledException"/>
/// so callers that handle cancellation handle it too; the engine and the snapshot stay usable.
/// </summary>
public sealed class QueryTimeoutException : OperationCanceledException
{
    /// <summary>Creates the exception for a time limit.</summary>
    public QueryTimeoutException(TimeSpan limit)
        : base($"The query exceeded its time limit of {limit.TotalMilliseconds:0} ms.")
    {
        Limit = limit;
    }

    /// <summary>The time limit that was exceeded.</summary>
    public TimeSpan Limit { get; }
}
