namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Thrown when a SPARQL results document is malformed. It says which format and where: a 1-based line and column
/// (XML, CSV, TSV and JSON syntax errors) or, for a well-formed JSON document with the wrong content, the JSON path
/// of the offending value such as <c>results.bindings[3].x.value</c>.
/// </summary>
public sealed class SparqlResultsFormatException : Exception
{
    /// <summary>Creates the exception for an error at a line and column.</summary>
    public SparqlResultsFormatException(string format, int line, int column, string detail, Exception? inner = null)
        : base($"{format} results error at line {line}, column {column}: {detail}", inner)
    {
        Format = format;
        Line = line;
        Column = column;
        Detail = detail;
    }

    /// <summary>Creates the exception for an error at a JSON path.</summary>
    public SparqlResultsFormatException(string format, string jsonPath, string detail)
        : base($"{format} results error at {jsonPath}: {detail}")
    {
        Format = format;
        JsonPath = jsonPath;
        Detail = detail;
    }

    /// <summary>The format's name, for example <c>SPARQL Results JSON</c>.</summary>
    public string Format { get; }

    /// <summary>The 1-based line of the error, or 0 when the position is given by <see cref="JsonPath"/> or unknown (the XML parser gives none for a refused DTD).</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the error (characters; bytes for JSON syntax errors), or 0 when the position is given by <see cref="JsonPath"/> or unknown.</summary>
    public int Column { get; }

    /// <summary>The JSON path of the offending value (<c>results.bindings[3].x.value</c>), or null.</summary>
    public string? JsonPath { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Detail { get; }
}
