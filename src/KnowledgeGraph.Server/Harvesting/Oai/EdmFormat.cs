using System.Xml;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Server.Resources;

namespace KnowledgeGraph.Server.Harvesting.Oai;

/// <summary>
/// Europeana's Data Model (prefix <c>edm</c>): people and organisations as <c>edm:Agent</c>, places as
/// <c>edm:Place</c>, events as <c>edm:TimeSpan</c>, each with <c>skos:prefLabel</c> and its <c>owl:sameAs</c> links;
/// works and anything else as an <c>edm:ProvidedCHO</c> with the <c>ore:Aggregation</c> that EDM requires. The class
/// is chosen from the local names of the resource's types.
/// </summary>
internal sealed class EdmFormat : IOaiMetadataFormat
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Edm = "http://www.europeana.eu/schemas/edm/";
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";
    private const string Owl = "http://www.w3.org/2002/07/owl#";
    private const string Ore = "http://www.openarchives.org/ore/terms/";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly string[] AgentCues = ["person", "agent", "organization", "organisation", "group", "party"];
    private static readonly string[] PlaceCues = ["place", "location", "city", "country", "region"];
    private static readonly string[] TimeCues = ["event", "timespan", "period"];

    public string Prefix => "edm";

    public string Schema => "http://www.europeana.eu/schemas/edm/EDM.xsd";

    public string Namespace => Edm;

    public void Write(XmlWriter xml, OaiRecord record, OaiContext context)
    {
        xml.WriteStartElement("rdf", "RDF", Rdf);
        foreach (var (prefix, ns) in new[] { ("edm", Edm), ("skos", Skos), ("owl", Owl), ("ore", Ore), ("dc", Dc) })
        {
            xml.WriteAttributeString("xmlns", prefix, null, ns);
        }
        string label = OaiStatements.Label(record, context.Options.Labels);
        string? contextual = ContextualClass(record.Types);
        if (contextual is not null)
        {
            xml.WriteStartElement("edm", contextual, Edm);
            xml.WriteAttributeString("rdf", "about", Rdf, record.Resource.Value);
            xml.WriteElementString("skos", "prefLabel", Skos, label);
            WriteSameAs(xml, record);
            xml.WriteEndElement();
        }
        else
        {
            xml.WriteStartElement("edm", "ProvidedCHO", Edm);
            xml.WriteAttributeString("rdf", "about", Rdf, record.Resource.Value);
            xml.WriteElementString("dc", "title", Dc, label);
            foreach (Term creator in OaiStatements.Creators(record))
            {
                xml.WriteElementString("dc", "creator", Dc, OaiStatements.LabelOf(creator, record, context.Options.Labels));
            }
            foreach (string date in OaiStatements.Dates(record))
            {
                xml.WriteElementString("dc", "date", Dc, date);
            }
            foreach (Iri type in record.Types)
            {
                xml.WriteElementString("dc", "type", Dc, LabelChooser.LocalName(type));
            }
            xml.WriteElementString("edm", "type", Edm, "TEXT");
            WriteSameAs(xml, record);
            xml.WriteEndElement();
            xml.WriteStartElement("ore", "Aggregation", Ore);
            xml.WriteAttributeString("rdf", "about", Rdf, record.Resource.Value + "#aggregation");
            WriteResource(xml, "edm", "aggregatedCHO", Edm, record.Resource.Value);
            xml.WriteElementString("edm", "dataProvider", Edm, context.Options.Title);
            WriteResource(xml, "edm", "isShownAt", Edm, context.PageOf(record.Resource.Value));
            xml.WriteElementString("edm", "provider", Edm, context.Options.Title);
            WriteResource(xml, "edm", "rights", Edm, context.Options.License);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>The EDM contextual class for a resource's types, or null for a cultural heritage object.</summary>
    public static string? ContextualClass(IEnumerable<Iri> types)
    {
        var names = types.Select(static t => LabelChooser.LocalName(t).ToLowerInvariant()).ToList();
        return names.Any(n => AgentCues.Any(n.Contains)) ? "Agent"
            : names.Any(n => PlaceCues.Any(n.Contains)) ? "Place"
            : names.Any(n => TimeCues.Any(n.Contains)) ? "TimeSpan"
            : null;
    }

    private static void WriteSameAs(XmlWriter xml, OaiRecord record)
    {
        foreach (Iri same in OaiStatements.SameAs(record))
        {
            WriteResource(xml, "owl", "sameAs", Owl, same.Value);
        }
    }

    private static void WriteResource(XmlWriter xml, string prefix, string name, string ns, string iri)
    {
        xml.WriteStartElement(prefix, name, ns);
        xml.WriteAttributeString("rdf", "resource", Rdf, iri);
        xml.WriteEndElement();
    }
}
