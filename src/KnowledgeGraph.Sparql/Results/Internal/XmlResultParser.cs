using System.Text;
using System.Xml;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>
/// A recursive-descent walk over an <see cref="XmlReader"/> positioned before a <c>&lt;sparql&gt;</c> document.
/// Elements of other namespaces are skipped (they are extensions); elements of the results namespace (or of no
/// namespace, which some servers send) must be where the format puts them.
/// </summary>
internal sealed class XmlResultParser(XmlReader xml, string formatName)
{
    public SparqlResultSet Parse()
    {
        xml.MoveToContent();
        Expect("sparql");
        if (xml.IsEmptyElement)
        {
            throw Error("The <sparql> element is empty.");
        }
        xml.Read();
        if (!NextChild() || !Is("head"))
        {
            throw Error("Expected <head>.");
        }
        List<string> variables = ReadHead();
        if (!NextChild())
        {
            throw Error("Expected <results> or <boolean>.");
        }
        SparqlResultSet result;
        if (Is("boolean"))
        {
            string text = xml.ReadElementContentAsString().Trim();
            result = text switch
            {
                "true" => SparqlResultSet.ForAsk(true),
                "false" => SparqlResultSet.ForAsk(false),
                _ => throw Error($"<boolean> must hold true or false, not '{text}'."),
            };
        }
        else if (Is("results"))
        {
            result = SparqlResultSet.ForSelect(variables, ReadResults());
        }
        else
        {
            throw Error($"Expected <results> or <boolean>, found <{xml.Name}>.");
        }
        if (NextChild())
        {
            throw Error($"Unexpected <{xml.Name}> after the results.");
        }
        return result;
    }

    private List<string> ReadHead()
    {
        var variables = new List<string>();
        foreach (int _ in Children())
        {
            if (Is("variable"))
            {
                string name = xml.GetAttribute("name") is { Length: > 0 } n ? n : throw Error("<variable> needs a name attribute.");
                if (variables.Contains(name))
                {
                    throw Error($"The variable '{name}' is listed twice.");
                }
                variables.Add(name);
                xml.Skip();
            }
            else if (Is("link"))
            {
                xml.Skip();
            }
            else
            {
                throw Error($"Unexpected <{xml.Name}> in <head>.");
            }
        }
        return variables;
    }

    private List<QuerySolution> ReadResults()
    {
        var solutions = new List<QuerySolution>();
        foreach (int _ in Children())
        {
            if (!Is("result"))
            {
                throw Error($"Expected <result>, found <{xml.Name}>.");
            }
            var bindings = new Dictionary<string, Term?>(StringComparer.Ordinal);
            foreach (int __ in Children())
            {
                if (!Is("binding"))
                {
                    throw Error($"Expected <binding>, found <{xml.Name}>.");
                }
                string name = xml.GetAttribute("name") is { Length: > 0 } n ? n : throw Error("<binding> needs a name attribute.");
                if (bindings.ContainsKey(name))
                {
                    throw Error($"The variable '{name}' is bound twice in one result.");
                }
                bindings[name] = ReadSingleTerm("binding");
            }
            solutions.Add(new QuerySolution(bindings));
        }
        return solutions;
    }

    /// <summary>Reads the one term inside the current element (binding, subject, predicate or object).</summary>
    private Term ReadSingleTerm(string owner)
    {
        Term? term = null;
        foreach (int _ in Children())
        {
            if (term is not null)
            {
                throw Error($"<{owner}> holds more than one term.");
            }
            term = ReadTerm();
        }
        return term ?? throw Error($"<{owner}> holds no term.");
    }

    private Term ReadTerm()
    {
        var info = (IXmlLineInfo)xml;
        int line = info.LineNumber, column = info.LinePosition;
        string? error;
        Term? term;
        if (Is("uri"))
        {
            term = ResultTermFactory.MakeIri(ReadText().Trim(), out error);
        }
        else if (Is("bnode"))
        {
            term = ResultTermFactory.MakeBlank(ReadText().Trim(), out error);
        }
        else if (Is("literal"))
        {
            string? datatype = xml.GetAttribute("datatype");
            string? language = xml.GetAttribute("lang", SparqlXmlNames.Xml);
            string? direction = xml.GetAttribute("dir", SparqlXmlNames.Its);
            term = ResultTermFactory.MakeLiteral(ReadText(), datatype, language, direction, out error);
        }
        else if (Is("triple"))
        {
            Term? subject = null, predicate = null, obj = null;
            foreach (int _ in Children())
            {
                if (Is("subject")) { subject = ReadSingleTerm("subject"); }
                else if (Is("predicate")) { predicate = ReadSingleTerm("predicate"); }
                else if (Is("object")) { obj = ReadSingleTerm("object"); }
                else { throw Error($"Unexpected <{xml.Name}> in <triple>."); }
            }
            if (subject is null || predicate is null || obj is null)
            {
                throw new SparqlResultsFormatException(formatName, line, column, "A <triple> needs <subject>, <predicate> and <object>.");
            }
            term = ResultTermFactory.MakeTriple(subject, predicate, obj, out error);
        }
        else
        {
            throw Error($"Expected <uri>, <literal>, <bnode> or <triple>, found <{xml.Name}>.");
        }
        return term ?? throw new SparqlResultsFormatException(formatName, line, column, error!);
    }

    /// <summary>The text content of the current element, whitespace kept; the reader ends after the element.</summary>
    private string ReadText()
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }
        string name = xml.Name;
        var text = new StringBuilder();
        xml.Read();
        while (xml.NodeType != XmlNodeType.EndElement)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    text.Append(xml.Value);
                    xml.Read();
                    break;
                case XmlNodeType.Element:
                    throw Error($"<{name}> must hold text only, found <{xml.Name}>.");
                default:
                    xml.Read();
                    break;
            }
        }
        xml.Read();
        return text.ToString();
    }

    /// <summary>
    /// Iterates over the child elements of the current element, leaving the reader on each child in turn (the loop
    /// body must consume it); ends after the parent's end tag.
    /// </summary>
    private IEnumerable<int> Children()
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            yield break;
        }
        xml.Read();
        int index = 0;
        while (NextChild())
        {
            yield return index++;
        }
        xml.Read();
    }

    /// <summary>Moves to the next child element of ours (true) or to the parent's end tag (false).</summary>
    private bool NextChild()
    {
        while (true)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    if (xml.NamespaceURI is SparqlXmlNames.Results or "")
                    {
                        return true;
                    }
                    xml.Skip();
                    break;
                case XmlNodeType.EndElement or XmlNodeType.None:
                    return false;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    throw Error($"Unexpected text '{xml.Value.Trim()}'.");
                default:
                    if (!xml.Read())
                    {
                        return false;
                    }
                    break;
            }
        }
    }

    private bool Is(string localName) => xml.LocalName == localName;

    private void Expect(string localName)
    {
        if (xml.NodeType != XmlNodeType.Element || !Is(localName) || xml.NamespaceURI is not (SparqlXmlNames.Results or ""))
        {
            throw Error($"Expected <{localName}> in the namespace {SparqlXmlNames.Results}.");
        }
    }

    private SparqlResultsFormatException Error(string message)
    {
        var info = (IXmlLineInfo)xml;
        // XmlReader places an element at its name; point at the '<' (or '</') instead, where an editor would.
        int back = xml.NodeType switch { XmlNodeType.Element => 1, XmlNodeType.EndElement => 2, _ => 0 };
        return new SparqlResultsFormatException(formatName, info.LineNumber, Math.Max(1, info.LinePosition - back), message);
    }
}
