namespace KnowledgeGraph.Sparql.Update.Internal;

/// <summary>
/// One operation cannot be carried out (a missing graph, LOAD refused...). SILENT operations swallow it; otherwise
/// the executor turns it into a <see cref="SparqlUpdateException"/> naming the operation.
/// </summary>
internal sealed class OperationFailedException : Exception
{
    public OperationFailedException(string message)
        : base(message)
    {
    }

    public OperationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OperationFailedException()
    {
    }
}
