using System.Xml;
using KnowledgeGraph.Server.Resources;

namespace KnowledgeGraph.Server.Harvesting.Oai;

/// <summary>
/// <c>oai_dc</c>, the format every OAI-PMH repository must offer: simple Dublin Core, mapped from the resource's
/// label, types, creators, dates, descriptions, page and identity links.
/// </summary>
internal sealed class DublinCoreFormat : IOaiMetadataFormat
{
    private const string Dc = "http://purl.org/dc/elements/1.1/";

    public string Prefix => "oai_dc";

    public string Schema => "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";

    public string Namespace => "http://www.openarchives.org/OAI/2.0/oai_dc/";

    public void Write(XmlWriter xml, OaiRecord record, OaiContext context)
    {
        xml.WriteStartElement("oai_dc", "dc", Namespace);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", null, $"{Namespace} {Schema}");
        xml.WriteElementString("dc", "title", Dc, OaiStatements.Label(record, context.Options.Labels));
        foreach (var creator in OaiStatements.Creators(record))
        {
            xml.WriteElementString("dc", "creator", Dc, OaiStatements.LabelOf(creator, record, context.Options.Labels));
        }
        foreach (string date in OaiStatements.Dates(record))
        {
            xml.WriteElementString("dc", "date", Dc, date);
        }
        foreach (var description in OaiStatements.Descriptions(record))
        {
            xml.WriteElementString("dc", "description", Dc, description.LexicalForm);
        }
        foreach (var type in record.Types)
        {
            xml.WriteElementString("dc", "type", Dc, LabelChooser.LocalName(type));
        }
        xml.WriteElementString("dc", "identifier", Dc, record.Resource.Value);
        xml.WriteElementString("dc", "identifier", Dc, context.PageOf(record.Resource.Value));
        foreach (var same in OaiStatements.SameAs(record))
        {
            xml.WriteElementString("dc", "relation", Dc, same.Value);
        }
        xml.WriteElementString("dc", "publisher", Dc, context.Options.Title);
        xml.WriteElementString("dc", "rights", Dc, context.Options.License);
        xml.WriteEndElement();
    }
}
