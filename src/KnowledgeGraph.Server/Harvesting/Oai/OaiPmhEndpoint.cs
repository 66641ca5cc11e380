using System.Globalization;
using System.Text;
using System.Xml;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Resources;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Harvesting.Oai;

/// <summary>
/// OAI-PMH 2.0 at <c>/oai</c>: the six verbs over the dataset's typed resources, sets by type, <c>oai_dc</c>, RDF/XML
/// and EDM metadata, resumption tokens for long lists, and the protocol's error codes. Every record carries the
/// dataset's last-modified time as its datestamp (the data has no per-record history).
/// </summary>
internal sealed class OaiPmhEndpoint(DatasetHost dataset, ServerOptions options)
{
    private const string Oai = "http://www.openarchives.org/OAI/2.0/";
    private const int PageSize = 50;
    private readonly IriMapper _mapper = new(options.BaseIri);
    private readonly IOaiMetadataFormat[] _formats = [new DublinCoreFormat(), new RdfXmlFormat(), new EdmFormat()];

    public async Task HandleAsync(HttpContext http)
    {
        string root = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var buffer = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var xml = XmlWriter.Create(new StringWriterUtf8(buffer), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("OAI-PMH", Oai);
            xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            xml.WriteAttributeString("xsi", "schemaLocation", null, Oai + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
            xml.WriteElementString("responseDate", Oai, Datestamp(DateTimeOffset.UtcNow));
            OaiArguments? arguments = null;
            try
            {
                arguments = await OaiArguments.ReadAsync(http.Request).ConfigureAwait(false);
                WriteRequest(xml, root, arguments);
                using IDatasetSnapshot snapshot = dataset.Store.OpenSnapshot();
                var source = new OaiRecordSource(snapshot, options.BaseIri, options.Labels);
                var context = new OaiContext(root, _mapper, options);
                Answer(xml, arguments, source, context, root);
            }
            catch (OaiError error)
            {
                if (arguments is null)
                {
                    // badVerb and badArgument responses echo no arguments (section 3.2).
                    WriteRequest(xml, root, null);
                }
                xml.WriteStartElement("error", Oai);
                xml.WriteAttributeString("code", error.Code);
                xml.WriteString(error.Message);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        http.Response.ContentType = "text/xml; charset=utf-8";
        await http.Response.WriteAsync(buffer.ToString(), Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
    }

    private static void WriteRequest(XmlWriter xml, string root, OaiArguments? arguments)
    {
        xml.WriteStartElement("request", Oai);
        if (arguments is not null)
        {
            xml.WriteAttributeString("verb", arguments.Verb);
            foreach (var (key, value) in arguments.Values)
            {
                xml.WriteAttributeString(key, value);
            }
        }
        xml.WriteString(root + "/oai");
        xml.WriteEndElement();
    }

    private void Answer(XmlWriter xml, OaiArguments arguments, OaiRecordSource source, OaiContext context, string root)
    {
        switch (arguments.Verb)
        {
            case "Identify":
                xml.WriteStartElement("Identify", Oai);
                xml.WriteElementString("repositoryName", Oai, options.Title);
                xml.WriteElementString("baseURL", Oai, root + "/oai");
                xml.WriteElementString("protocolVersion", Oai, "2.0");
                xml.WriteElementString("adminEmail", Oai, options.AdminEmail);
                xml.WriteElementString("earliestDatestamp", Oai, Datestamp(dataset.LastModified));
                xml.WriteElementString("deletedRecord", Oai, "no");
                xml.WriteElementString("granularity", Oai, "YYYY-MM-DDThh:mm:ssZ");
                xml.WriteEndElement();
                break;
            case "ListMetadataFormats":
                if (arguments["identifier"] is { } id && source.Find(id) is null)
                {
                    throw new OaiError("idDoesNotExist", $"No record has the identifier '{id}'.");
                }
                xml.WriteStartElement("ListMetadataFormats", Oai);
                foreach (IOaiMetadataFormat format in _formats)
                {
                    xml.WriteStartElement("metadataFormat", Oai);
                    xml.WriteElementString("metadataPrefix", Oai, format.Prefix);
                    xml.WriteElementString("schema", Oai, format.Schema);
                    xml.WriteElementString("metadataNamespace", Oai, format.Namespace);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
                break;
            case "ListSets":
                if (arguments["resumptionToken"] is not null)
                {
                    throw new OaiError("badResumptionToken", "The set list is never split, so it has no resumption tokens.");
                }
                xml.WriteStartElement("ListSets", Oai);
                foreach (var (spec, type) in source.Sets())
                {
                    xml.WriteStartElement("set", Oai);
                    xml.WriteElementString("setSpec", Oai, spec);
                    xml.WriteElementString("setName", Oai, $"Resources of type {LabelChooser.LocalName(type)} <{type.Value}>");
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
                break;
            case "GetRecord":
                IOaiMetadataFormat wanted = FormatOf(arguments["metadataPrefix"]!);
                OaiRecord record = source.Find(arguments["identifier"]!) ?? throw new OaiError("idDoesNotExist", $"No record has the identifier '{arguments["identifier"]}'.");
                xml.WriteStartElement("GetRecord", Oai);
                WriteRecord(xml, record, wanted, context);
                xml.WriteEndElement();
                break;
            default:
                WriteList(xml, arguments, source, context);
                break;
        }
    }

    private void WriteList(XmlWriter xml, OaiArguments arguments, OaiRecordSource source, OaiContext context)
    {
        OaiResumptionToken request = arguments["resumptionToken"] is { } token
            ? OaiResumptionToken.TryDecode(token) is { } decoded && decoded.Version == dataset.Version
                ? decoded
                : throw new OaiError("badResumptionToken", "The resumption token is invalid or expired (the data changed); start the list again.")
            : new OaiResumptionToken(dataset.Version, 0, arguments["metadataPrefix"]!, arguments["set"], arguments["from"], arguments["until"]);
        IOaiMetadataFormat format = FormatOf(request.MetadataPrefix);
        var items = source.Items.Where(i => request.Set is null || i.Types.Any(t => OaiRecordSource.SetSpecOf(t) == request.Set)).ToList();
        DateTimeOffset stamp = dataset.LastModified;
        bool inRange = (request.From is null || ParseBound(request.From, false) <= stamp) && (request.Until is null || stamp <= ParseBound(request.Until, true));
        if (!inRange || items.Count == 0 || request.Offset >= items.Count)
        {
            throw new OaiError("noRecordsMatch", "No record matches the set and dates given.");
        }
        bool records = arguments.Verb == "ListRecords";
        xml.WriteStartElement(arguments.Verb, Oai);
        foreach (var item in items.Skip(request.Offset).Take(PageSize))
        {
            if (records)
            {
                WriteRecord(xml, source.Record(item), format, context);
            }
            else
            {
                WriteHeader(xml, item.Resource, item.Types);
            }
        }
        int next = request.Offset + PageSize;
        if (request.Offset > 0 || next < items.Count)
        {
            xml.WriteStartElement("resumptionToken", Oai);
            xml.WriteAttributeString("completeListSize", items.Count.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("cursor", request.Offset.ToString(CultureInfo.InvariantCulture));
            if (next < items.Count)
            {
                xml.WriteString((request with { Offset = next }).Encode());
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static DateTimeOffset ParseBound(string date, bool endOfDay)
    {
        var styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        DateTimeOffset value = DateTimeOffset.Parse(date, CultureInfo.InvariantCulture, styles);
        return endOfDay && date.Length == 10 ? value.AddDays(1).AddTicks(-1) : value;
    }

    private IOaiMetadataFormat FormatOf(string prefix) =>
        _formats.FirstOrDefault(f => f.Prefix == prefix) ?? throw new OaiError("cannotDisseminateFormat", $"The metadata format '{prefix}' is not offered; see ListMetadataFormats.");

    private void WriteRecord(XmlWriter xml, OaiRecord record, IOaiMetadataFormat format, OaiContext context)
    {
        xml.WriteStartElement("record", Oai);
        WriteHeader(xml, record.Resource, record.Types);
        xml.WriteStartElement("metadata", Oai);
        format.Write(xml, record, context);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private void WriteHeader(XmlWriter xml, Iri resource, IEnumerable<Iri> types)
    {
        xml.WriteStartElement("header", Oai);
        xml.WriteElementString("identifier", Oai, resource.Value);
        xml.WriteElementString("datestamp", Oai, Datestamp(dataset.LastModified));
        foreach (string spec in types.Select(OaiRecordSource.SetSpecOf).Distinct())
        {
            xml.WriteElementString("setSpec", Oai, spec);
        }
        xml.WriteEndElement();
    }

    private static string Datestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // XmlWriter takes its declared encoding from the TextWriter; a StringWriter would declare UTF-16.
    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
