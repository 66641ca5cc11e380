namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>How one query runs.</summary>
public sealed record QueryOptions
{
    /// <summary>FROM / FROM NAMED; null uses the store's default graph and all its named graphs.</summary>
    public DatasetDescription? Dataset { get; init; }

    /// <summary>The time limit; past it the query stops with <see cref="QueryTimeoutException"/>. Null for none.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Stops the query with <see cref="OperationCanceledException"/> when cancelled.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>The base IRI functions such as <c>IRI()</c> resolve against.</summary>
    public string? BaseIri { get; init; }

    /// <summary>The instant <c>NOW()</c> returns; the current time when null.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>A seed for <c>RAND()</c>/<c>UUID()</c>, for reproducible runs; null for a random seed.</summary>
    public int? RandomSeed { get; init; }

    /// <summary>Whether the algebra is rewritten by <see cref="Optimization.AlgebraOptimizer"/> first (default true).</summary>
    public bool Optimize { get; init; } = true;
}
