namespace KnowledgeGraph.Remote;

/// <summary>
/// A remote store failed or refused a request; the message says what was asked, where, and what came back (HTTP
/// status and the store's own error text) or why nothing did.
/// </summary>
public sealed class RemoteStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RemoteStoreException(string message, int? status = null, Exception? inner = null)
        : base(message, inner)
    {
        Status = status;
    }

    /// <summary>Creates the exception without details.</summary>
    public RemoteStoreException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RemoteStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public RemoteStoreException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The HTTP status the store answered, or null when no answer came (network failure, timeout, open circuit).</summary>
    public int? Status { get; }
}
