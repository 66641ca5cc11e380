using System.Xml;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.RdfXml.Internal;

/// <summary>
/// Turns the node stream of an <see cref="XmlReader"/> into triples following the RDF/XML grammar
/// (<see href="https://www.w3.org/TR/rdf-syntax-grammar/"/>). It keeps a stack of open elements rather than
/// recursing, so the triples of each XML node can be handed out before the next node is read.
/// </summary>
internal sealed partial class RdfXmlParser
{
    private const string FormatName = "RDF/XML";

    private readonly XmlReader _xml;
    private readonly IXmlLineInfo? _position;
    private readonly RdfReaderOptions _options;
    private readonly List<Quad> _output = [];
    private readonly Stack<RdfXmlFrame> _frames = new();
    // Blank-node labels are scoped to one document: each rdf:nodeID gets a process-unique node on first use.
    private readonly Dictionary<string, BlankNode> _nodeIds = new(StringComparer.Ordinal);
    // rdf:ID values resolved against their base; the grammar forbids using one twice.
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Namespace, string LocalName), Iri> _nameIris = [];

    public RdfXmlParser(XmlReader xml, RdfReaderOptions options)
    {
        _xml = xml;
        _position = xml as IXmlLineInfo;
        _options = options;
    }

    /// <summary>Reads the whole document lazily, yielding each triple once the XML node that completes it is read.</summary>
    public IEnumerable<Quad> Parse()
    {
        bool more = true;
        while (more)
        {
            more = Advance();
            foreach (var quad in _output)
            {
                yield return quad;
            }
            _output.Clear();
        }
    }

    /// <summary>Reads and interprets one XML node; false at the end of the document or after a fatal error.</summary>
    private bool Advance()
    {
        try
        {
            if (!_xml.Read())
            {
                return false;
            }
            Interpret();
            return true;
        }
        catch (XmlException e)
        {
            // Malformed XML cannot be resynchronised, so even lenient mode stops here.
            _output.Clear();
            // Some XmlExceptions (a prohibited DTD, for one) carry no position; the reader's own position is then the best.
            var error = e.LineNumber > 0
                ? new RdfSyntaxError(FormatName, e.LineNumber, Math.Max(1, e.LinePosition), e.Message)
                : new RdfSyntaxError(FormatName, CurrentLine, CurrentColumn, e.Message);
            if (!_options.Lenient)
            {
                throw new RdfSyntaxException(error);
            }
            _options.OnError?.Invoke(error);
            return false;
        }
        catch (RdfSyntaxException e) when (_options.Lenient)
        {
            _output.Clear();
            _options.OnError?.Invoke(e.Error);
            Recover();
            return true;
        }
    }

    private void Interpret()
    {
        switch (_xml.NodeType)
        {
            case XmlNodeType.Element:
                StartElement();
                break;
            case XmlNodeType.EndElement:
                EndElement();
                break;
            case XmlNodeType.Text:
            case XmlNodeType.CDATA:
            case XmlNodeType.Whitespace:
            case XmlNodeType.SignificantWhitespace:
                Characters();
                break;
            default:
                break;
        }
    }

    /// <summary>After an error in lenient mode, skips the rest of the element the error was found in.</summary>
    private void Recover()
    {
        if (_xml.NodeType == XmlNodeType.Attribute)
        {
            _xml.MoveToElement();
        }
        switch (_xml.NodeType)
        {
            case XmlNodeType.Element when _frames.TryPeek(out var parent) && parent.Kind == RdfXmlFrameKind.Property:
                // The bad element was the property's object: the whole statement goes, not just the object, or the
                // property would end up as an empty literal that the document never meant.
                parent.Kind = RdfXmlFrameKind.Skip;
                parent.SkipDepth = _xml.IsEmptyElement ? 0 : 1;
                break;
            case XmlNodeType.Element when !_xml.IsEmptyElement:
                _frames.Push(new RdfXmlFrame(RdfXmlFrameKind.Skip, null, ""));
                break;
            case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace
                when _frames.TryPeek(out var top) && top.Kind == RdfXmlFrameKind.Property:
                top.Kind = RdfXmlFrameKind.Skip;
                break;
            default:
                break;
        }
    }

    private void StartElement()
    {
        _frames.TryPeek(out var parent);
        if (parent is { Kind: RdfXmlFrameKind.Skip })
        {
            if (!_xml.IsEmptyElement)
            {
                parent.SkipDepth++;
            }
            return;
        }
        var element = ReadStartTag(parent);
        if (parent is null)
        {
            if (element.IsRdf("RDF"))
            {
                if (!element.IsEmpty)
                {
                    _frames.Push(new RdfXmlFrame(RdfXmlFrameKind.Rdf, element.BaseIri, element.Language));
                }
                return;
            }
            NodeElement(element, null);
            return;
        }
        switch (parent.Kind)
        {
            case RdfXmlFrameKind.Node:
            case RdfXmlFrameKind.ResourceProperty:
                PropertyElement(element, parent);
                break;
            default:
                NodeElement(element, parent);
                break;
        }
    }

    private void EndElement()
    {
        var frame = _frames.Peek();
        if (frame.Kind == RdfXmlFrameKind.Skip && frame.SkipDepth > 0)
        {
            frame.SkipDepth--;
            return;
        }
        _frames.Pop();
        switch (frame.Kind)
        {
            case RdfXmlFrameKind.Property:
                EndPropertyElement(frame);
                break;
            case RdfXmlFrameKind.Collection:
                EndCollection(frame);
                break;
            default:
                break;
        }
    }

    private void Characters()
    {
        if (!_frames.TryPeek(out var top))
        {
            return;
        }
        string text = _xml.Value;
        switch (top.Kind)
        {
            case RdfXmlFrameKind.Skip:
                break;
            case RdfXmlFrameKind.Property when !top.HasNode:
                top.Text.Append(text);
                break;
            default:
                if (!string.IsNullOrWhiteSpace(text))
                {
                    throw Fail(CurrentLine, CurrentColumn, top.Kind == RdfXmlFrameKind.Property
                        ? "text cannot follow the node element inside a property element"
                        : "text is not allowed here, only elements", Snippet(text));
                }
                break;
        }
    }

    /// <summary>Reads the attributes of the current start tag, applying xml:base and xml:lang.</summary>
    private RdfXmlElement ReadStartTag(RdfXmlFrame? parent)
    {
        int line = CurrentLine;
        int column = Math.Max(1, CurrentColumn - 1);
        string? baseIri = parent is null ? _options.BaseIri : parent.BaseIri;
        string language = parent?.Language ?? "";
        var attributes = new List<RdfXmlAttribute>();
        if (_xml.MoveToFirstAttribute())
        {
            do
            {
                var attribute = new RdfXmlAttribute(
                    _xml.NamespaceURI, _xml.LocalName, _xml.Name, _xml.Value, CurrentLine, CurrentColumn);
                switch (attribute.NamespaceUri)
                {
                    case RdfXmlNames.XmlnsNamespace:
                        _options.OnPrefix?.Invoke(_xml.Prefix.Length == 0 ? "" : attribute.LocalName, attribute.Value);
                        break;
                    case RdfXmlNames.XmlNamespace when attribute.LocalName == "lang":
                        language = attribute.Value;
                        break;
                    case RdfXmlNames.XmlNamespace when attribute.LocalName == "base":
                        baseIri = ResolveBase(baseIri, attribute);
                        break;
                    case RdfXmlNames.XmlNamespace:
                        break;
                    case "":
                        AddUnqualified(attributes, attribute);
                        break;
                    default:
                        attributes.Add(attribute);
                        break;
                }
            }
            while (_xml.MoveToNextAttribute());
            _xml.MoveToElement();
        }
        return new RdfXmlElement(
            _xml.NamespaceURI, _xml.LocalName, _xml.Name, line, column, baseIri, language, attributes, _xml.IsEmptyElement);
    }

    private static void AddUnqualified(List<RdfXmlAttribute> attributes, RdfXmlAttribute attribute)
    {
        // Names starting with "xml" are reserved by XML itself; RDF ignores the ones it does not know.
        if (attribute.LocalName.StartsWith("xml", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        if (!RdfXmlNames.IsLegacyUnqualifiedAttribute(attribute.LocalName))
        {
            throw Fail(attribute, "attributes must be namespace-qualified (for example rdf:about or ex:property)", attribute.QualifiedName);
        }
        attributes.Add(attribute with { NamespaceUri = RdfXmlNames.RdfNamespace });
    }

    private string ResolveBase(string? current, RdfXmlAttribute attribute)
    {
        string resolved = ResolveIri(attribute.Value, current, attribute).Value;
        _options.OnBase?.Invoke(resolved);
        return resolved;
    }

    /// <summary>Resolves an IRI reference against the in-scope base, reporting a missing base or a bad IRI as a syntax error.</summary>
    private static Iri ResolveIri(string reference, string? baseIri, RdfXmlAttribute where)
    {
        string resolved;
        if (IriSyntax.HasScheme(reference))
        {
            // Taken as written, without removing dot segments, so that absolute IRIs survive a round trip unchanged
            // as they do in N-Triples and Turtle.
            resolved = reference;
        }
        else if (baseIri is null)
        {
            throw Fail(where, "relative IRI reference with no base IRI (set RdfReaderOptions.BaseIri or xml:base)", reference);
        }
        else
        {
            resolved = IriResolver.Resolve(baseIri, reference);
        }
        return MakeIri(resolved, where.Line, where.Column, reference);
    }

    private static Iri MakeIri(string value, int line, int column, string token)
    {
        string? problem = IriSyntax.FindProblem(value);
        if (problem is not null)
        {
            throw Fail(line, column, $"invalid IRI <{value}>: {problem}", token);
        }
        return new Iri(value);
    }

    /// <summary>The IRI an rdf:ID stands for; each may be used once per base IRI.</summary>
    private Iri IdIri(RdfXmlAttribute attribute, string? baseIri)
    {
        RequireXmlName(attribute);
        var iri = ResolveIri("#" + attribute.Value, baseIri, attribute);
        if (!_ids.Add(iri.Value))
        {
            throw Fail(attribute, $"rdf:ID \"{attribute.Value}\" is used twice (it names <{iri.Value}>)", attribute.Value);
        }
        return iri;
    }

    private BlankNode NodeIdNode(RdfXmlAttribute attribute)
    {
        RequireXmlName(attribute);
        if (!_nodeIds.TryGetValue(attribute.Value, out var node))
        {
            node = BlankNode.CreateUnique();
            _nodeIds.Add(attribute.Value, node);
        }
        return node;
    }

    private static void RequireXmlName(RdfXmlAttribute attribute)
    {
        try
        {
            XmlConvert.VerifyNCName(attribute.Value);
        }
        catch (XmlException)
        {
            throw Fail(attribute, $"the value of {attribute.QualifiedName} must be an XML name (NCName)", attribute.Value);
        }
    }

    private static Literal PlainLiteral(string value, string language) =>
        language.Length > 0 ? Literal.LanguageTagged(value, language) : Literal.Simple(value);

    private void Emit(Term subject, Iri predicate, Term obj) => _output.Add(new Quad(subject, predicate, obj, null));

    /// <summary>Emits a triple and, when the property element had an rdf:ID, the four triples reifying it.</summary>
    private void EmitStatement(Term subject, Iri predicate, Term obj, Iri? reification)
    {
        Emit(subject, predicate, obj);
        if (reification is not null)
        {
            Emit(reification, RdfVocab.Type, RdfVocab.Statement);
            Emit(reification, RdfVocab.Subject, subject);
            Emit(reification, RdfVocab.Predicate, predicate);
            Emit(reification, RdfVocab.Object, obj);
        }
    }

    private int CurrentLine => _position is { } p && p.HasLineInfo() ? Math.Max(1, p.LineNumber) : 1;

    private int CurrentColumn => _position is { } p && p.HasLineInfo() ? Math.Max(1, p.LinePosition) : 1;

    private static string Snippet(string text)
    {
        string trimmed = text.Trim();
        return trimmed.Length <= 40 ? trimmed : trimmed[..40] + "...";
    }

    private static RdfSyntaxException Fail(int line, int column, string message, string? token) =>
        new(new RdfSyntaxError(FormatName, line, column, message, token));

    private static RdfSyntaxException Fail(RdfXmlAttribute attribute, string message, string? token) =>
        Fail(attribute.Line, attribute.Column, message, token);

    private static RdfSyntaxException Fail(RdfXmlElement element, string message) =>
        Fail(element.Line, element.Column, message, element.Name);
}
