namespace KnowledgeGraph.Rdf.Formats.RdfXml.Internal;

/// <summary>A start tag as the grammar sees it: name, position, in-scope base and language, and the attributes that matter.</summary>
/// <param name="NamespaceUri">The element's namespace name.</param>
/// <param name="LocalName">The element's local name.</param>
/// <param name="Name">The qualified name as written, for messages.</param>
/// <param name="Line">The 1-based line of the start tag.</param>
/// <param name="Column">The 1-based column of the start tag's <c>&lt;</c>.</param>
/// <param name="BaseIri">The base IRI in scope on the element (after its own xml:base).</param>
/// <param name="Language">The language in scope on the element (after its own xml:lang).</param>
/// <param name="Attributes">Attributes other than namespace declarations and xml:* ones.</param>
/// <param name="IsEmpty">Whether the element is written as an empty-element tag.</param>
internal sealed record RdfXmlElement(
    string NamespaceUri,
    string LocalName,
    string Name,
    int Line,
    int Column,
    string? BaseIri,
    string Language,
    IReadOnlyList<RdfXmlAttribute> Attributes,
    bool IsEmpty)
{
    /// <summary>Whether the element is in the RDF namespace and has the given local name.</summary>
    public bool IsRdf(string localName) =>
        NamespaceUri == RdfXmlNames.RdfNamespace && LocalName == localName;
}
