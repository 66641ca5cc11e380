namespace KnowledgeGraph.Sparql.Update;

/// <summary>
/// An update operation failed, so the whole request was abandoned and the store left as it was.
/// The message names the operation (its position in the request and its kind) and what went wrong.
/// </summary>
public sealed class SparqlUpdateException : Exception
{
    /// <summary>Creates the error for one operation of a request.</summary>
    /// <param name="operationIndex">The zero-based position of the failing operation in the request.</param>
    /// <param name="operationName">The operation's keyword, such as "CLEAR" or "INSERT DATA".</param>
    /// <param name="detail">What went wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public SparqlUpdateException(int operationIndex, string operationName, string detail, Exception? innerException = null)
        : base($"Update operation {operationIndex + 1} ({operationName}) failed: {detail}", innerException)
    {
        OperationIndex = operationIndex;
        OperationName = operationName;
        Detail = detail;
    }

    /// <summary>Creates the error with a message only.</summary>
    public SparqlUpdateException(string message)
        : base(message)
    {
        OperationName = "";
        Detail = message;
        OperationIndex = -1;
    }

    /// <summary>Creates the error with no details.</summary>
    public SparqlUpdateException()
        : this("The update failed.")
    {
    }

    /// <summary>Creates the error with a message and its cause.</summary>
    public SparqlUpdateException(string message, Exception innerException)
        : base(message, innerException)
    {
        OperationName = "";
        Detail = message;
        OperationIndex = -1;
    }

    /// <summary>The zero-based position of the failing operation in the request, or -1 when not known.</summary>
    public int OperationIndex { get; }

    /// <summary>The failing operation's keyword, such as "CLEAR" or "INSERT DATA".</summary>
    public string OperationName { get; }

    /// <summary>What went wrong, without the operation prefix.</summary>
    public string Detail { get; }
}
