using System.Xml;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Server.Harvesting.Oai;

/// <summary>The record's full RDF description as RDF/XML (prefix <c>rdf</c>), for harvesters that want the data itself.</summary>
internal sealed class RdfXmlFormat : IOaiMetadataFormat
{
    public string Prefix => "rdf";

    public string Schema => "http://www.openarchives.org/OAI/2.0/rdf.xsd";

    public string Namespace => "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    public void Write(XmlWriter xml, OaiRecord record, OaiContext context)
    {
        var text = new StringWriter();
        KnownRdfFormats.RdfXml.CreateWriter().Write(record.Statements.Select(static q => q with { Graph = null }).Distinct(), text, RdfWriterOptions.Default);
        using var reader = XmlReader.Create(new StringReader(text.ToString()), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        reader.MoveToContent();
        xml.WriteNode(reader, defattr: false);
    }
}
