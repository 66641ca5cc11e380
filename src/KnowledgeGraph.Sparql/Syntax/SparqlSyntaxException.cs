namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A SPARQL query or update that does not parse or breaks one of the grammar's static rules.</summary>
public sealed class SparqlSyntaxException : Exception
{
    /// <summary>Creates the exception; the message is prefixed with the position.</summary>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column (in characters).</param>
    /// <param name="token">The offending token's text (empty at the end of input).</param>
    /// <param name="detail">What went wrong, e.g. <c>expected '}', found 'FILTR'</c>.</param>
    public SparqlSyntaxException(int line, int column, string token, string detail)
        : base($"line {line}, column {column}: {detail}")
    {
        Line = line;
        Column = column;
        Token = token;
        Detail = detail;
    }

    /// <summary>Creates an exception without a position (for the static rules checked after parsing).</summary>
    public SparqlSyntaxException(string message)
        : base(message)
    {
        Token = "";
        Detail = message;
    }

    /// <summary>Creates an exception without a position.</summary>
    public SparqlSyntaxException()
        : this("Invalid SPARQL.")
    {
    }

    /// <summary>Creates an exception without a position wrapping another.</summary>
    public SparqlSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        Token = "";
        Detail = message;
    }

    /// <summary>The 1-based line of the error, or 0 when the error has no single position.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the error, or 0.</summary>
    public int Column { get; }

    /// <summary>The offending token's text (empty at the end of input or without a position).</summary>
    public string Token { get; }

    /// <summary>The message without the position prefix.</summary>
    public string Detail { get; }
}
