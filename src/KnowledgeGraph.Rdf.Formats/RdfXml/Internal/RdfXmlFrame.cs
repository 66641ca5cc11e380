using System.Text;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.RdfXml.Internal;

/// <summary>The state of one open element; the parser keeps a stack of them instead of recursing, so it can stream.</summary>
internal sealed class RdfXmlFrame
{
    public RdfXmlFrame(RdfXmlFrameKind kind, string? baseIri, string language)
    {
        Kind = kind;
        BaseIri = baseIri;
        Language = language;
    }

    public RdfXmlFrameKind Kind { get; set; }

    /// <summary>The in-scope base IRI (document base or xml:base), or null when there is none.</summary>
    public string? BaseIri { get; }

    /// <summary>The in-scope xml:lang, or the empty string.</summary>
    public string Language { get; }

    /// <summary>Node: its subject. ResourceProperty: the new blank node. Property and Collection: the parent's subject.</summary>
    public Term? Subject { get; init; }

    /// <summary>Property, ResourceProperty and Collection: the predicate.</summary>
    public Iri? Predicate { get; init; }

    /// <summary>Property, ResourceProperty and Collection: the IRI from rdf:ID that reifies the statement, if any.</summary>
    public Iri? Reification { get; init; }

    /// <summary>Node and ResourceProperty: the last number given to an rdf:li child.</summary>
    public int ListItemCounter { get; set; }

    /// <summary>Property: rdf:datatype.</summary>
    public Iri? Datatype { get; init; }

    /// <summary>Property: the attributes that only an empty property element may have (rdf:resource, rdf:nodeID, property attributes).</summary>
    public IReadOnlyList<RdfXmlAttribute> EmptyOnlyAttributes { get; init; } = [];

    private StringBuilder? _text;
    private List<Term>? _items;

    /// <summary>Property: character data seen so far (created on first use: most frames never hold text).</summary>
    public StringBuilder Text => _text ??= new StringBuilder();

    /// <summary>Property: the character data seen so far, or the empty string.</summary>
    public string TextSoFar => _text?.ToString() ?? "";

    /// <summary>Property: whether the single node element it may hold has been seen.</summary>
    public bool HasNode { get; set; }

    /// <summary>Collection: the members seen so far.</summary>
    public List<Term> Items => _items ??= [];

    /// <summary>Skip: how many elements deep inside the skipped element the reader is.</summary>
    public int SkipDepth { get; set; }

    /// <summary>The 1-based position of the element's start tag.</summary>
    public int Line { get; init; }

    /// <summary>The 1-based column of the element's start tag.</summary>
    public int Column { get; init; }
}
