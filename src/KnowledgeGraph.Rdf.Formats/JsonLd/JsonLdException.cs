using System.Globalization;

namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// A JSON-LD processing error (§9.5): the specification's error code, the JSON path of the offending value in the
/// input (e.g. <c>$.@graph[3].@id</c>) and, for malformed JSON, the line and column.
/// </summary>
public sealed class JsonLdException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">One of the <see cref="JsonLdErrorCode"/> strings.</param>
    /// <param name="jsonPath">Where in the input the error was found, as a JSON path; <c>$</c> is the document.</param>
    /// <param name="detail">A human explanation.</param>
    /// <param name="line">The 1-based line for malformed JSON, otherwise 0.</param>
    /// <param name="column">The 1-based column for malformed JSON, otherwise 0.</param>
    public JsonLdException(string code, string jsonPath, string detail, long line = 0, long column = 0)
        : base(Describe(code, jsonPath, detail, line, column))
    {
        Code = code;
        JsonPath = jsonPath;
        Detail = detail;
        Line = line;
        Column = column;
    }

    /// <summary>The specification's error code, e.g. <c>invalid @id value</c>.</summary>
    public string Code { get; }

    /// <summary>The JSON path of the offending value, e.g. <c>$.@graph[3].@id</c>.</summary>
    public string JsonPath { get; }

    /// <summary>The explanation without code and position.</summary>
    public string Detail { get; }

    /// <summary>The 1-based line of a JSON syntax error, or 0.</summary>
    public long Line { get; }

    /// <summary>The 1-based column of a JSON syntax error, or 0.</summary>
    public long Column { get; }

    private static string Describe(string code, string jsonPath, string detail, long line, long column) =>
        line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{code} at line {line}, column {column}: {detail}")
            : $"{code} at {jsonPath}: {detail}";
}
