namespace KnowledgeGraph.Linking.Linksets;

/// <summary>A linkset or review file that cannot be read: the message names the file and the record at fault.</summary>
public sealed class LinksetFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LinksetFormatException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public LinksetFormatException(string message, Exception inner) : base(message, inner)
    {
    }
}
