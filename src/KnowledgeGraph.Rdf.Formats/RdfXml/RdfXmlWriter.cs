using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Formats.RdfXml.Internal;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.RdfXml;

/// <summary>
/// Writes triples as RDF/XML (<see href="https://www.w3.org/TR/rdf-syntax-grammar/"/>): one node element per
/// subject (named after its first rdf:type when that type has a qualified name, otherwise <c>rdf:Description</c>),
/// objects as <c>rdf:resource</c>, <c>rdf:nodeID</c> or text with <c>xml:lang</c> / <c>rdf:datatype</c>.
/// Reading the output back gives a graph isomorphic to the input.
/// </summary>
/// <remarks>
/// Prefixes from <see cref="RdfWriterOptions.Prefixes"/> are declared when a predicate uses them; predicates outside
/// them get generated prefixes (<c>ns0</c>, <c>ns1</c>, ...). The whole input is read before anything is written,
/// because the prefix declarations come first and statements are grouped by subject; the output is then written
/// one subject at a time. IRIs are written absolute.
/// </remarks>
public sealed class RdfXmlWriter : IRdfWriter
{
    private const string Indent = "  ";

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">
    /// A quad is outside the default graph, or a statement has no RDF/XML form: a predicate IRI that does not end in
    /// an XML name, a triple term, a literal with a base direction, or characters XML 1.0 cannot carry.
    /// </exception>
    public void Write(IEnumerable<Quad> quads, TextWriter output, RdfWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(quads);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);

        var subjects = GroupBySubject(quads, options.Canonical);
        var names = new RdfXmlNamespaceMap(options.Prefixes);
        // Every prefix must be known before rdf:RDF is written, so elements are named in a first pass.
        var nodeElements = new Dictionary<Term, (Triple TypeStatement, string Name)>();
        foreach (var (subject, statements) in subjects)
        {
            foreach (var triple in statements)
            {
                names.QualifiedName(triple.Predicate);
                if (!nodeElements.ContainsKey(subject)
                    && triple.Predicate.Equals(RdfVocab.Type)
                    && triple.Object is Iri type
                    && names.NodeElementName(type) is { } name)
                {
                    nodeElements.Add(subject, (triple, name));
                }
            }
        }
        var labels = new BlankNodeLabels(subjects);

        var text = new StringBuilder();
        text.Append("<?xml version=\"1.0\"?>\n<rdf:RDF");
        foreach (var (prefix, ns) in names.Declarations)
        {
            text.Append('\n').Append(Indent).Append(Indent).Append("xmlns:").Append(prefix).Append("=\"");
            AppendAttribute(text, ns);
            text.Append('"');
        }
        text.Append(">\n");
        output.Write(text);
        foreach (var (subject, statements) in subjects)
        {
            text.Clear();
            WriteNodeElement(text, subject, statements, nodeElements.GetValueOrDefault(subject), names, labels);
            output.Write(text);
        }
        output.Write("</rdf:RDF>\n");
        output.Flush();
    }

    private static List<KeyValuePair<Term, List<Triple>>> GroupBySubject(IEnumerable<Quad> quads, bool canonical)
    {
        var bySubject = new Dictionary<Term, List<Triple>>();
        var order = new List<KeyValuePair<Term, List<Triple>>>();
        foreach (var quad in quads)
        {
            if (quad.Graph is not null)
            {
                throw new InvalidOperationException(
                    $"RDF/XML holds a single graph; the quad {quad} is in the named graph {quad.Graph}.");
            }
            if (quad.Subject is not (Iri or BlankNode) || quad.Object is TripleTerm)
            {
                throw new InvalidOperationException($"RDF/XML (RDF 1.1) cannot write the statement {quad}: it has a triple term.");
            }
            if (!bySubject.TryGetValue(quad.Subject, out var list))
            {
                list = [];
                bySubject.Add(quad.Subject, list);
                order.Add(new(quad.Subject, list));
            }
            list.Add(quad.Triple);
        }
        if (canonical)
        {
            order.Sort((a, b) => string.CompareOrdinal(a.Key.ToString(), b.Key.ToString()));
            foreach (var (_, list) in order)
            {
                list.Sort((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()));
            }
        }
        return order;
    }

    /// <summary>Writes a subject as a typed node element (its first rdf:type that has a name) or as rdf:Description.</summary>
    private static void WriteNodeElement(StringBuilder output, Term subject, List<Triple> statements,
        (Triple TypeStatement, string Name) typed, RdfXmlNamespaceMap names, BlankNodeLabels labels)
    {
        string nodeElement = typed.Name ?? "rdf:Description";
        output.Append(Indent).Append('<').Append(nodeElement).Append(' ');
        AppendNodeReference(output, subject, "rdf:about", labels);
        output.Append(">\n");
        bool typeWritten = typed.Name is null;
        foreach (var triple in statements)
        {
            if (!typeWritten && triple.Equals(typed.TypeStatement))
            {
                // The element name already says it.
                typeWritten = true;
                continue;
            }
            string element = names.QualifiedName(triple.Predicate);
            output.Append(Indent).Append(Indent).Append('<').Append(element);
            switch (triple.Object)
            {
                case Iri or BlankNode:
                    output.Append(' ');
                    AppendNodeReference(output, triple.Object, "rdf:resource", labels);
                    output.Append("/>\n");
                    break;
                case Literal literal:
                    AppendLiteral(output, literal, element);
                    break;
                default:
                    throw new InvalidOperationException($"RDF/XML cannot write the object {triple.Object}.");
            }
        }
        output.Append(Indent).Append("</").Append(nodeElement).Append(">\n");
    }

    private static void AppendNodeReference(StringBuilder output, Term node, string iriAttribute, BlankNodeLabels labels)
    {
        if (node is Iri iri)
        {
            output.Append(iriAttribute).Append("=\"");
            AppendAttribute(output, iri.Value);
        }
        else
        {
            output.Append("rdf:nodeID=\"").Append(labels.LabelOf((BlankNode)node));
        }
        output.Append('"');
    }

    private static void AppendLiteral(StringBuilder output, Literal literal, string element)
    {
        if (literal.Direction != BaseDirection.None)
        {
            throw new InvalidOperationException(
                $"RDF/XML (RDF 1.1) cannot write the literal {literal}: it has a base direction.");
        }
        if (literal.HasLanguage)
        {
            output.Append(" xml:lang=\"");
            AppendAttribute(output, literal.Language);
            output.Append('"');
        }
        else if (!literal.Datatype.Equals(Xsd.String))
        {
            output.Append(" rdf:datatype=\"");
            AppendAttribute(output, literal.Datatype.Value);
            output.Append('"');
        }
        output.Append('>');
        RequireXmlCharacters(literal.LexicalForm, literal);
        XmlEscaping.AppendText(output, literal.LexicalForm);
        output.Append("</").Append(element).Append(">\n");
    }

    private static void AppendAttribute(StringBuilder output, string value)
    {
        RequireXmlCharacters(value, value);
        XmlEscaping.AppendAttribute(output, value);
    }

    private static void RequireXmlCharacters(string value, object context)
    {
        int bad = XmlEscaping.FindUnrepresentable(value);
        if (bad >= 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"RDF/XML cannot write {context}: XML 1.0 has no way to represent the character U+{(int)value[bad]:X4}."));
        }
    }
}
