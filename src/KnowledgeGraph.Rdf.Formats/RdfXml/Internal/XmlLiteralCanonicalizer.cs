using System.Text;
using System.Xml;

namespace KnowledgeGraph.Rdf.Formats.RdfXml.Internal;

/// <summary>
/// Reads the content of an <c>rdf:parseType="Literal"</c> property element and writes it in Exclusive XML
/// Canonicalization form without comments (<see href="https://www.w3.org/TR/xml-exc-c14n/"/>), which is the lexical
/// form RDF gives XML literals: namespaces are declared on the outermost element that visibly uses them, attributes
/// are sorted, empty elements get an end tag and comments are dropped.
/// </summary>
internal sealed class XmlLiteralCanonicalizer
{
    private readonly XmlReader _xml;
    private readonly StringBuilder _output = new();
    // Namespace declarations already written, one map per open output element (prefix "" is the default namespace).
    private readonly List<Dictionary<string, string>> _rendered = [];

    private XmlLiteralCanonicalizer(XmlReader xml) => _xml = xml;

    /// <summary>
    /// Reads from the start tag of a non-empty element to its end tag (where the reader is left) and returns the
    /// canonical form of the content.
    /// </summary>
    public static string ReadContent(XmlReader xml)
    {
        var canonicalizer = new XmlLiteralCanonicalizer(xml);
        canonicalizer.ReadToEnd();
        return canonicalizer._output.ToString();
    }

    private void ReadToEnd()
    {
        int depth = _xml.Depth;
        while (_xml.Read())
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Element:
                    WriteStartTag();
                    break;
                case XmlNodeType.EndElement:
                    if (_xml.Depth == depth)
                    {
                        return;
                    }
                    _output.Append("</").Append(_xml.Name).Append('>');
                    _rendered.RemoveAt(_rendered.Count - 1);
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    XmlEscaping.AppendText(_output, _xml.Value);
                    break;
                case XmlNodeType.ProcessingInstruction:
                    _output.Append("<?").Append(_xml.Name);
                    if (_xml.Value.Length > 0)
                    {
                        _output.Append(' ').Append(_xml.Value);
                    }
                    _output.Append("?>");
                    break;
                default:
                    break;
            }
        }
    }

    private void WriteStartTag()
    {
        string name = _xml.Name;
        bool empty = _xml.IsEmptyElement;
        var declarations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Require(declarations, _xml.Prefix, _xml.NamespaceURI);
        var attributes = new List<(string Namespace, string LocalName, string Name, string Value)>();
        if (_xml.MoveToFirstAttribute())
        {
            do
            {
                if (_xml.NamespaceURI == RdfXmlNames.XmlnsNamespace)
                {
                    continue;
                }
                if (_xml.Prefix.Length > 0 && _xml.Prefix != "xml")
                {
                    Require(declarations, _xml.Prefix, _xml.NamespaceURI);
                }
                attributes.Add((_xml.NamespaceURI, _xml.LocalName, _xml.Name, _xml.Value));
            }
            while (_xml.MoveToNextAttribute());
            _xml.MoveToElement();
        }
        attributes.Sort((a, b) =>
        {
            int byNamespace = string.CompareOrdinal(a.Namespace, b.Namespace);
            return byNamespace != 0 ? byNamespace : string.CompareOrdinal(a.LocalName, b.LocalName);
        });

        _output.Append('<').Append(name);
        foreach (var (prefix, uri) in declarations)
        {
            _output.Append(prefix.Length == 0 ? " xmlns=\"" : " xmlns:" + prefix + "=\"");
            XmlEscaping.AppendAttribute(_output, uri);
            _output.Append('"');
        }
        foreach (var attribute in attributes)
        {
            _output.Append(' ').Append(attribute.Name).Append("=\"");
            XmlEscaping.AppendAttribute(_output, attribute.Value);
            _output.Append('"');
        }
        _output.Append('>');
        if (empty)
        {
            _output.Append("</").Append(name).Append('>');
        }
        else
        {
            _rendered.Add(new Dictionary<string, string>(declarations, StringComparer.Ordinal));
        }
    }

    /// <summary>Adds a declaration when the nearest written one for the prefix differs (or none was written).</summary>
    private void Require(SortedDictionary<string, string> declarations, string prefix, string uri)
    {
        if (declarations.ContainsKey(prefix))
        {
            return;
        }
        string inScope = "";
        bool found = false;
        for (int i = _rendered.Count - 1; i >= 0 && !found; i--)
        {
            found = _rendered[i].TryGetValue(prefix, out inScope!);
        }
        if (!found)
        {
            // Nothing written yet: an undeclared default namespace is the empty one and needs no declaration.
            if (prefix.Length == 0 && uri.Length == 0)
            {
                return;
            }
            declarations[prefix] = uri;
        }
        else if (!string.Equals(inScope, uri, StringComparison.Ordinal))
        {
            declarations[prefix] = uri;
        }
    }
}
