namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>A query batch that cannot be read, with where in the JSON the problem is.</summary>
/// <param name="message">What is wrong, in words a user can act on.</param>
/// <param name="jsonPath">The JSON path of the offending value (<c>$.q0.limit</c>).</param>
/// <param name="line">The 1-based line of a syntax error, or null.</param>
/// <param name="column">The 1-based column (in bytes) of a syntax error, or null.</param>
internal sealed class QueryBatchException(string message, string jsonPath, long? line = null, long? column = null) : Exception(message)
{
    /// <summary>The JSON path of the offending value.</summary>
    public string JsonPath { get; } = jsonPath;

    /// <summary>The 1-based line of a syntax error, or null.</summary>
    public long? Line { get; } = line;

    /// <summary>The 1-based column of a syntax error, or null.</summary>
    public long? Column { get; } = column;
}
