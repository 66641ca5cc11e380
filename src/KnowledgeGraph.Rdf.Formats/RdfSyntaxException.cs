namespace KnowledgeGraph.Rdf.Formats;

/// <summary>Thrown by a reader in strict mode at the first syntax error.</summary>
public sealed class RdfSyntaxException : Exception
{
    /// <summary>Creates the exception for an error.</summary>
    public RdfSyntaxException(RdfSyntaxError error)
        : base(error.ToString())
    {
        Error = error;
    }

    /// <summary>The error, with its position.</summary>
    public RdfSyntaxError Error { get; }
}
