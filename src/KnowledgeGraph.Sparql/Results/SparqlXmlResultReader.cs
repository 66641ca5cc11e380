using System.Xml;
using KnowledgeGraph.Sparql.Results.Internal;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Reads the SPARQL Query Results XML Format (<see href="https://www.w3.org/TR/rdf-sparql-XMLres/"/>), including the
/// SPARQL 1.2 <c>&lt;triple&gt;</c> element and <c>its:dir</c>. Document type declarations are refused (no entity
/// expansion, no external fetches). Errors carry the XML line and column.
/// </summary>
public sealed class SparqlXmlResultReader : ISparqlResultReader
{
    internal const string FormatName = "SPARQL Results XML";

    /// <inheritdoc/>
    public SparqlResultSet Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using XmlReader xml = XmlReader.Create(input, Settings());
        return Parse(xml);
    }

    /// <inheritdoc/>
    public SparqlResultSet Read(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using XmlReader xml = XmlReader.Create(input, Settings());
        return Parse(xml);
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private static SparqlResultSet Parse(XmlReader xml)
    {
        try
        {
            return new XmlResultParser(xml, FormatName).Parse();
        }
        catch (XmlException exception)
        {
            // Some XmlExceptions (a refused DTD among them) carry no position; the reader still knows where it is.
            var info = (IXmlLineInfo)xml;
            int line = exception.LineNumber > 0 ? exception.LineNumber : info.LineNumber;
            int column = exception.LineNumber > 0 ? exception.LinePosition : info.LinePosition;
            throw new SparqlResultsFormatException(FormatName, line, column, exception.Message, exception);
        }
    }
}
