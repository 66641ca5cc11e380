namespace KnowledgeGraph.Rdf.Formats.RdfXml.Internal;

/// <summary>One attribute of an element, captured with its position because the reader moves on before using it.</summary>
internal readonly record struct RdfXmlAttribute(
    string NamespaceUri, string LocalName, string QualifiedName, string Value, int Line, int Column)
{
    /// <summary>Whether the attribute is in the RDF namespace and has the given local name.</summary>
    public bool IsRdf(string localName) =>
        NamespaceUri == RdfXmlNames.RdfNamespace && LocalName == localName;
}
