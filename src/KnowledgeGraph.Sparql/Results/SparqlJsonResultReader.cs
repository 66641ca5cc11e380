using System.Text.Json;
using KnowledgeGraph.Sparql.Results.Internal;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Reads SPARQL 1.1 Query Results JSON (<see href="https://www.w3.org/TR/sparql11-results-json/"/>). Also accepted:
/// the pre-Recommendation <c>"type": "typed-literal"</c> that some servers (Virtuoso) still send, SPARQL 1.2 triple
/// terms and <c>its:dir</c>. Members in any order; unknown members are ignored. Errors name the JSON path of the
/// offending value, or the line and byte column of a JSON syntax error.
/// </summary>
public sealed class SparqlJsonResultReader : ISparqlResultReader
{
    internal const string FormatName = "SPARQL Results JSON";

    /// <inheritdoc/>
    public SparqlResultSet Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using JsonDocument document = Parse(() => JsonDocument.Parse(input));
        return new JsonResultParser(FormatName).Parse(document.RootElement);
    }

    /// <inheritdoc/>
    public SparqlResultSet Read(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        string text = input.ReadToEnd();
        using JsonDocument document = Parse(() => JsonDocument.Parse(text));
        return new JsonResultParser(FormatName).Parse(document.RootElement);
    }

    private static JsonDocument Parse(Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException exception)
        {
            int line = (int)(exception.LineNumber ?? 0) + 1;
            int column = (int)(exception.BytePositionInLine ?? 0) + 1;
            throw new SparqlResultsFormatException(FormatName, line, column, "The document is not well-formed JSON: " + exception.Message, exception);
        }
    }
}
