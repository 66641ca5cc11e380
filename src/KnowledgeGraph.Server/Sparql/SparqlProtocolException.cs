namespace KnowledgeGraph.Server.Sparql;

/// <summary>A request the SPARQL endpoint refuses, with the HTTP status to answer and a message for the user.</summary>
public sealed class SparqlProtocolException : Exception
{
    /// <summary>Creates the error.</summary>
    public SparqlProtocolException(int statusCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
    }

    /// <summary>Creates an error with status 400.</summary>
    public SparqlProtocolException()
        : this(400, "Bad SPARQL protocol request.")
    {
    }

    /// <summary>Creates an error with status 400.</summary>
    public SparqlProtocolException(string message)
        : this(400, message)
    {
    }

    /// <summary>Creates an error with status 400 and a cause.</summary>
    public SparqlProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
        StatusCode = 400;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }
}
