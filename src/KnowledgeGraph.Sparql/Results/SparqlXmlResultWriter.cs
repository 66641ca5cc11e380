using System.Xml;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Results.Internal;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Writes the SPARQL Query Results XML Format (<see href="https://www.w3.org/TR/rdf-sparql-XMLres/"/>), with the
/// SPARQL 1.2 <c>&lt;triple&gt;</c> element and <c>its:dir</c> attribute. Solutions are streamed. Carriage returns are
/// written as character references so they survive a round trip; characters XML 1.0 cannot hold (most C0 controls)
/// make the writer throw <see cref="InvalidOperationException"/>.
/// </summary>
public sealed class SparqlXmlResultWriter : ISparqlResultWriter
{
    private readonly bool _indented;

    /// <summary>Creates a writer; <paramref name="indented"/> puts each element on its own line.</summary>
    public SparqlXmlResultWriter(bool indented = true)
    {
        _indented = indented;
    }

    /// <inheritdoc/>
    public void WriteSelect(IReadOnlyList<string> variables, IEnumerable<QuerySolution> solutions, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(solutions);
        using (XmlWriter xml = Open(output))
        {
            WriteHead(xml, variables);
            xml.WriteStartElement("results", SparqlXmlNames.Results);
            var known = new HashSet<string>(variables, StringComparer.Ordinal);
            foreach (QuerySolution solution in solutions)
            {
                xml.WriteStartElement("result", SparqlXmlNames.Results);
                foreach (string variable in variables)
                {
                    if (solution[variable] is Term term)
                    {
                        WriteBinding(xml, variable, term);
                    }
                }
                foreach (var (name, term) in solution.Bindings)
                {
                    if (!known.Contains(name))
                    {
                        WriteBinding(xml, name, term);
                    }
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        output.WriteLine();
        output.Flush();
    }

    /// <inheritdoc/>
    public void Write(SparqlResultSet results, TextWriter output) => ResultWriting.Write(this, results, output);

    /// <inheritdoc/>
    public void WriteBoolean(bool answer, TextWriter output)
    {
        using (XmlWriter xml = Open(output))
        {
            WriteHead(xml, []);
            xml.WriteElementString("boolean", SparqlXmlNames.Results, answer ? "true" : "false");
            xml.WriteEndElement();
        }
        output.WriteLine();
        output.Flush();
    }

    private XmlWriter Open(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        // The declaration is written by hand: XmlWriter would name the TextWriter's encoding (UTF-16 for a
        // StringWriter), which is wrong once the text is saved or sent as UTF-8.
        output.Write("<?xml version=\"1.0\"?>");
        output.WriteLine();
        var settings = new XmlWriterSettings
        {
            Indent = _indented,
            OmitXmlDeclaration = true,
            NewLineHandling = NewLineHandling.Entitize,
            CloseOutput = false,
            ConformanceLevel = ConformanceLevel.Fragment,
        };
        XmlWriter xml = XmlWriter.Create(output, settings);
        xml.WriteStartElement("sparql", SparqlXmlNames.Results);
        xml.WriteAttributeString("xmlns", "", null, SparqlXmlNames.Results);
        return xml;
    }

    private static void WriteHead(XmlWriter xml, IReadOnlyList<string> variables)
    {
        xml.WriteStartElement("head", SparqlXmlNames.Results);
        foreach (string variable in variables)
        {
            xml.WriteStartElement("variable", SparqlXmlNames.Results);
            xml.WriteAttributeString("name", variable);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteBinding(XmlWriter xml, string name, Term term)
    {
        xml.WriteStartElement("binding", SparqlXmlNames.Results);
        xml.WriteAttributeString("name", name);
        try
        {
            WriteTerm(xml, term);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidOperationException($"The value of ?{name}, {term}, cannot be written in XML 1.0: {exception.Message}", exception);
        }
        xml.WriteEndElement();
    }

    private static void WriteTerm(XmlWriter xml, Term term)
    {
        switch (term)
        {
            case Iri iri:
                xml.WriteElementString("uri", SparqlXmlNames.Results, iri.Value);
                break;
            case BlankNode blank:
                xml.WriteElementString("bnode", SparqlXmlNames.Results, blank.Label);
                break;
            case Literal literal:
                xml.WriteStartElement("literal", SparqlXmlNames.Results);
                if (literal.HasLanguage)
                {
                    xml.WriteAttributeString("xml", "lang", SparqlXmlNames.Xml, literal.Language);
                    if (literal.Direction != BaseDirection.None)
                    {
                        xml.WriteAttributeString("its", "dir", SparqlXmlNames.Its, literal.Direction == BaseDirection.Ltr ? "ltr" : "rtl");
                    }
                }
                else if (!literal.Datatype.Equals(Xsd.String))
                {
                    xml.WriteAttributeString("datatype", literal.Datatype.Value);
                }
                xml.WriteString(literal.LexicalForm);
                xml.WriteEndElement();
                break;
            case TripleTerm tripleTerm:
                xml.WriteStartElement("triple", SparqlXmlNames.Results);
                WritePart(xml, "subject", tripleTerm.Triple.Subject);
                WritePart(xml, "predicate", tripleTerm.Triple.Predicate);
                WritePart(xml, "object", tripleTerm.Triple.Object);
                xml.WriteEndElement();
                break;
            default:
                throw new InvalidOperationException($"Unknown term kind {term.GetType().Name}.");
        }
    }

    private static void WritePart(XmlWriter xml, string name, Term term)
    {
        xml.WriteStartElement(name, SparqlXmlNames.Results);
        WriteTerm(xml, term);
        xml.WriteEndElement();
    }
}
