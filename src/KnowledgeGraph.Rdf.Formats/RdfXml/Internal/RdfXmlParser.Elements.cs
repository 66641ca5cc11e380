using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.RdfXml.Internal;

/// <summary>The grammar productions for node elements and property elements.</summary>
internal sealed partial class RdfXmlParser
{
    /// <summary>nodeElement: a subject, its type from the element name, and its property attributes.</summary>
    private void NodeElement(RdfXmlElement element, RdfXmlFrame? parent)
    {
        if (element.NamespaceUri.Length == 0)
        {
            throw Fail(element, "a node element name must be namespace-qualified");
        }
        if (element.NamespaceUri == RdfXmlNames.RdfNamespace && RdfXmlNames.IsForbiddenNodeElementName(element.LocalName))
        {
            throw Fail(element, $"rdf:{element.LocalName} cannot be used as a node element");
        }
        Term? subject = null;
        var properties = new List<(Iri Predicate, Term Object)>();
        foreach (var attribute in element.Attributes)
        {
            if (attribute.NamespaceUri != RdfXmlNames.RdfNamespace)
            {
                properties.Add((AttributeIri(attribute), PlainLiteral(attribute.Value, element.Language)));
                continue;
            }
            switch (attribute.LocalName)
            {
                case "ID":
                    subject = OnlySubject(subject, attribute, IdIri(attribute, element.BaseIri));
                    break;
                case "about":
                    subject = OnlySubject(subject, attribute, ResolveIri(attribute.Value, element.BaseIri, attribute));
                    break;
                case "nodeID":
                    subject = OnlySubject(subject, attribute, NodeIdNode(attribute));
                    break;
                case "type":
                    properties.Add((RdfVocab.Type, ResolveIri(attribute.Value, element.BaseIri, attribute)));
                    break;
                default:
                    RequirePropertyAttribute(attribute);
                    properties.Add((AttributeIri(attribute), PlainLiteral(attribute.Value, element.Language)));
                    break;
            }
        }
        Iri? type = element.IsRdf("Description")
            ? null
            : NameIri(element.NamespaceUri, element.LocalName, element.Line, element.Column, element.Name);
        subject ??= BlankNode.CreateUnique();
        AttachNode(parent, subject, element);
        if (type is not null)
        {
            Emit(subject, RdfVocab.Type, type);
        }
        foreach (var (predicate, obj) in properties)
        {
            Emit(subject, predicate, obj);
        }
        if (!element.IsEmpty)
        {
            _frames.Push(new RdfXmlFrame(RdfXmlFrameKind.Node, element.BaseIri, element.Language)
            {
                Subject = subject,
                Line = element.Line,
                Column = element.Column,
            });
        }
    }

    private static Term OnlySubject(Term? current, RdfXmlAttribute attribute, Term subject) =>
        current is null
            ? subject
            : throw Fail(attribute, "a node element can have only one of rdf:ID, rdf:about and rdf:nodeID", attribute.QualifiedName);

    /// <summary>Links a node element to what contains it: the object of a property, or a member of a collection.</summary>
    private void AttachNode(RdfXmlFrame? parent, Term node, RdfXmlElement element)
    {
        if (parent is null)
        {
            return;
        }
        switch (parent.Kind)
        {
            case RdfXmlFrameKind.Collection:
                parent.Items.Add(node);
                break;
            case RdfXmlFrameKind.Property:
                if (parent.HasNode)
                {
                    throw Fail(element, "a property element can contain only one node element");
                }
                if (!string.IsNullOrWhiteSpace(parent.TextSoFar))
                {
                    throw Fail(element, "a property element cannot contain both text and a node element");
                }
                if (parent.Datatype is not null || parent.EmptyOnlyAttributes.Count > 0)
                {
                    throw Fail(element,
                        "a property element containing a node element can have no attribute other than rdf:ID");
                }
                parent.HasNode = true;
                EmitStatement(parent.Subject!, parent.Predicate!, node, parent.Reification);
                break;
            default:
                break;
        }
    }

    /// <summary>propertyElt: decides the form from rdf:parseType, or waits for the content when there is none.</summary>
    private void PropertyElement(RdfXmlElement element, RdfXmlFrame parent)
    {
        if (element.NamespaceUri.Length == 0)
        {
            throw Fail(element, "a property element name must be namespace-qualified");
        }
        Iri predicate;
        if (element.IsRdf("li"))
        {
            predicate = new Iri(RdfXmlNames.RdfNamespace + "_" + (++parent.ListItemCounter).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (element.NamespaceUri == RdfXmlNames.RdfNamespace && RdfXmlNames.IsForbiddenPropertyElementName(element.LocalName))
        {
            throw Fail(element, $"rdf:{element.LocalName} cannot be used as a property element");
        }
        else
        {
            predicate = NameIri(element.NamespaceUri, element.LocalName, element.Line, element.Column, element.Name);
        }

        Iri? reification = null;
        Iri? datatype = null;
        RdfXmlAttribute? parseType = null;
        RdfXmlAttribute? resource = null;
        var emptyOnly = new List<RdfXmlAttribute>();
        foreach (var attribute in element.Attributes)
        {
            if (attribute.NamespaceUri != RdfXmlNames.RdfNamespace)
            {
                emptyOnly.Add(attribute);
                continue;
            }
            switch (attribute.LocalName)
            {
                case "ID":
                    reification = IdIri(attribute, element.BaseIri);
                    break;
                case "parseType":
                    parseType = attribute;
                    break;
                case "datatype":
                    datatype = ResolveIri(attribute.Value, element.BaseIri, attribute);
                    break;
                case "resource":
                case "nodeID":
                    if (resource is not null)
                    {
                        throw Fail(attribute, "a property element cannot have both rdf:resource and rdf:nodeID", attribute.QualifiedName);
                    }
                    resource = attribute;
                    emptyOnly.Add(attribute);
                    break;
                case "type":
                    emptyOnly.Add(attribute);
                    break;
                default:
                    RequirePropertyAttribute(attribute);
                    emptyOnly.Add(attribute);
                    break;
            }
        }

        Term subject = parent.Subject!;
        if (parseType is { } kind)
        {
            if (emptyOnly.Count > 0 || datatype is not null)
            {
                var extra = emptyOnly.Count > 0 ? emptyOnly[0] : element.Attributes.First(a => a.IsRdf("datatype"));
                throw Fail(extra, "a property element with rdf:parseType can have no attribute other than rdf:ID", extra.QualifiedName);
            }
            ParseTypePropertyElement(element, kind.Value, subject, predicate, reification);
            return;
        }
        if (element.IsEmpty)
        {
            EmptyPropertyElement(subject, predicate, reification, datatype, emptyOnly,
                element.BaseIri, element.Language);
            return;
        }
        _frames.Push(new RdfXmlFrame(RdfXmlFrameKind.Property, element.BaseIri, element.Language)
        {
            Subject = subject,
            Predicate = predicate,
            Reification = reification,
            Datatype = datatype,
            EmptyOnlyAttributes = emptyOnly,
            Line = element.Line,
            Column = element.Column,
        });
    }

    private void ParseTypePropertyElement(RdfXmlElement element, string parseType, Term subject, Iri predicate, Iri? reification)
    {
        switch (parseType)
        {
            case "Resource":
                var node = BlankNode.CreateUnique();
                EmitStatement(subject, predicate, node, reification);
                if (!element.IsEmpty)
                {
                    _frames.Push(new RdfXmlFrame(RdfXmlFrameKind.ResourceProperty, element.BaseIri, element.Language)
                    {
                        Subject = node,
                        Line = element.Line,
                        Column = element.Column,
                    });
                }
                break;
            case "Collection":
                if (element.IsEmpty)
                {
                    EmitStatement(subject, predicate, RdfVocab.Nil, reification);
                    break;
                }
                _frames.Push(new RdfXmlFrame(RdfXmlFrameKind.Collection, element.BaseIri, element.Language)
                {
                    Subject = subject,
                    Predicate = predicate,
                    Reification = reification,
                    Line = element.Line,
                    Column = element.Column,
                });
                break;
            default:
                // "Literal", and (by the grammar's parseTypeOtherPropertyElt) any other value.
                string lexical = element.IsEmpty ? "" : XmlLiteralCanonicalizer.ReadContent(_xml);
                EmitStatement(subject, predicate, Literal.Typed(lexical, RdfVocab.XmlLiteral), reification);
                break;
        }
    }

    private void EndPropertyElement(RdfXmlFrame frame)
    {
        if (frame.HasNode)
        {
            return;
        }
        string text = frame.TextSoFar;
        bool hasObjectAttributes = frame.EmptyOnlyAttributes.Count > 0;
        // Whitespace around the end tag of a property element with rdf:resource or property attributes is layout, not a value.
        if (text.Length == 0 || (hasObjectAttributes && string.IsNullOrWhiteSpace(text)))
        {
            EmptyPropertyElement(frame.Subject!, frame.Predicate!, frame.Reification, frame.Datatype,
                frame.EmptyOnlyAttributes, frame.BaseIri, frame.Language);
            return;
        }
        if (hasObjectAttributes)
        {
            var attribute = frame.EmptyOnlyAttributes[0];
            throw Fail(attribute, "a property element with text content can have no rdf:resource, rdf:nodeID or property attribute",
                attribute.QualifiedName);
        }
        Term value = frame.Datatype is null ? PlainLiteral(text, frame.Language) : Literal.Typed(text, frame.Datatype);
        EmitStatement(frame.Subject!, frame.Predicate!, value, frame.Reification);
    }

    /// <summary>emptyPropertyElt: an empty literal, or a resource described by the element's attributes.</summary>
    private void EmptyPropertyElement(Term subject, Iri predicate, Iri? reification, Iri? datatype,
        IReadOnlyList<RdfXmlAttribute> attributes, string? baseIri, string language)
    {
        if (datatype is not null)
        {
            if (attributes.Count > 0)
            {
                throw Fail(attributes[0], "rdf:datatype cannot be combined with rdf:resource, rdf:nodeID or property attributes",
                    attributes[0].QualifiedName);
            }
            EmitStatement(subject, predicate, Literal.Typed("", datatype), reification);
            return;
        }
        if (attributes.Count == 0)
        {
            EmitStatement(subject, predicate, PlainLiteral("", language), reification);
            return;
        }
        Term? obj = null;
        var properties = new List<(Iri Predicate, Term Object)>();
        foreach (var attribute in attributes)
        {
            if (attribute.IsRdf("resource"))
            {
                obj = ResolveIri(attribute.Value, baseIri, attribute);
            }
            else if (attribute.IsRdf("nodeID"))
            {
                obj = NodeIdNode(attribute);
            }
            else if (attribute.IsRdf("type"))
            {
                properties.Add((RdfVocab.Type, ResolveIri(attribute.Value, baseIri, attribute)));
            }
            else
            {
                properties.Add((AttributeIri(attribute), PlainLiteral(attribute.Value, language)));
            }
        }
        obj ??= BlankNode.CreateUnique();
        EmitStatement(subject, predicate, obj, reification);
        foreach (var (p, o) in properties)
        {
            Emit(obj, p, o);
        }
    }

    /// <summary>parseType="Collection": an rdf:first/rdf:rest list of the member nodes, ending in rdf:nil.</summary>
    private void EndCollection(RdfXmlFrame frame)
    {
        Term head = RdfVocab.Nil;
        for (int i = frame.Items.Count - 1; i >= 0; i--)
        {
            var cell = BlankNode.CreateUnique();
            Emit(cell, RdfVocab.First, frame.Items[i]);
            Emit(cell, RdfVocab.Rest, head);
            head = cell;
        }
        EmitStatement(frame.Subject!, frame.Predicate!, head, frame.Reification);
    }

    private static void RequirePropertyAttribute(RdfXmlAttribute attribute)
    {
        if (RdfXmlNames.IsForbiddenPropertyAttributeName(attribute.LocalName))
        {
            throw Fail(attribute, $"rdf:{attribute.LocalName} is not allowed as an attribute here", attribute.QualifiedName);
        }
    }

    private Iri AttributeIri(RdfXmlAttribute attribute) =>
        NameIri(attribute.NamespaceUri, attribute.LocalName, attribute.Line, attribute.Column, attribute.QualifiedName);

    /// <summary>
    /// The IRI an element or attribute name stands for. Documents repeat a few names many times, so each IRI is built
    /// and checked once per document.
    /// </summary>
    private Iri NameIri(string namespaceUri, string localName, int line, int column, string token)
    {
        if (!_nameIris.TryGetValue((namespaceUri, localName), out var iri))
        {
            iri = MakeIri(namespaceUri + localName, line, column, token);
            _nameIris.Add((namespaceUri, localName), iri);
        }
        return iri;
    }
}
