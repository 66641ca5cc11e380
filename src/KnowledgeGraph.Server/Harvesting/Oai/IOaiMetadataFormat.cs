using System.Xml;

namespace KnowledgeGraph.Server.Harvesting.Oai;

/// <summary>A metadata format the repository disseminates (OAI-PMH 2.0 section 3.4).</summary>
internal interface IOaiMetadataFormat
{
    /// <summary>The <c>metadataPrefix</c>.</summary>
    string Prefix { get; }

    /// <summary>The XML schema location of the format.</summary>
    string Schema { get; }

    /// <summary>The XML namespace of the format's root element.</summary>
    string Namespace { get; }

    /// <summary>Writes the <c>metadata</c> element's content for one record.</summary>
    void Write(XmlWriter xml, OaiRecord record, OaiContext context);
}
