using System.Xml;
using KnowledgeGraph.Rdf.Formats.RdfXml.Internal;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.RdfXml;

/// <summary>
/// Reads RDF/XML (<see href="https://www.w3.org/TR/rdf-syntax-grammar/"/>) as a stream of triples in the default graph.
/// </summary>
/// <remarks>
/// Document type declarations are refused (<see cref="DtdProcessing.Prohibit"/>) and no <see cref="XmlResolver"/> is
/// set, so no external entity or DTD is ever fetched and entity expansion cannot blow up memory; a document with a
/// <c>&lt;!DOCTYPE&gt;</c> is reported as a syntax error. Malformed XML stops reading even in lenient mode, because an
/// XML parser cannot resynchronise; RDF/XML grammar errors in lenient mode skip the offending element.
/// Blank nodes from <c>rdf:nodeID</c> are scoped to one document: the same label in two documents gives two nodes.
/// </remarks>
public sealed class RdfXmlReader : IRdfReader
{
    /// <inheritdoc/>
    public IEnumerable<Quad> Read(Stream input, RdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        return ReadXml(() => XmlReader.Create(input, CreateSettings()), options);
    }

    /// <inheritdoc/>
    public IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        return ReadXml(() => XmlReader.Create(input, CreateSettings()), options);
    }

    private static IEnumerable<Quad> ReadXml(Func<XmlReader> open, RdfReaderOptions options)
    {
        using var xml = open();
        foreach (var quad in new RdfXmlParser(xml, options).Parse())
        {
            yield return quad;
        }
    }

    private static XmlReaderSettings CreateSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        // Canonical XML literals drop comments, and comments mean nothing anywhere else in RDF/XML.
        IgnoreComments = true,
        IgnoreProcessingInstructions = false,
        IgnoreWhitespace = false,
        CloseInput = false,
    };
}
