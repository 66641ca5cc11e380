using System.Collections.Frozen;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.RdfXml.Internal;

/// <summary>
/// The names the RDF/XML grammar gives a meaning to, and the sets of names it forbids in each position
/// (<see href="https://www.w3.org/TR/rdf-syntax-grammar/#section-grammar-summary"/>).
/// </summary>
internal static class RdfXmlNames
{
    public const string RdfNamespace = RdfVocab.Namespace;
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    // coreSyntaxTerms and oldTerms: never the name of a node element, property element or property attribute.
    private static readonly FrozenSet<string> SyntaxAndOldTerms = FrozenSet.Create(
        StringComparer.Ordinal,
        "RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype",
        "aboutEach", "aboutEachPrefix", "bagID");

    /// <summary>nodeElementURIs exclude rdf:li as well as the syntax and old terms.</summary>
    public static bool IsForbiddenNodeElementName(string localName) =>
        SyntaxAndOldTerms.Contains(localName) || localName == "li";

    /// <summary>propertyElementURIs exclude rdf:Description as well as the syntax and old terms.</summary>
    public static bool IsForbiddenPropertyElementName(string localName) =>
        SyntaxAndOldTerms.Contains(localName) || localName == "Description";

    /// <summary>propertyAttributeURIs exclude rdf:Description and rdf:li as well as the syntax and old terms.</summary>
    public static bool IsForbiddenPropertyAttributeName(string localName) =>
        SyntaxAndOldTerms.Contains(localName) || localName is "Description" or "li";

    /// <summary>
    /// Unqualified attributes that section 6.1.4 of the grammar reads as if they were in the RDF namespace,
    /// for compatibility with documents written before namespaces were required on them.
    /// </summary>
    public static bool IsLegacyUnqualifiedAttribute(string localName) =>
        localName is "ID" or "about" or "resource" or "parseType" or "type";
}
