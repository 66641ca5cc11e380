using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Extraction.Vocabularies;

/// <summary>W3C Web Annotation vocabulary (annotations, specific resources, selectors).</summary>
public static class Oa
{
    /// <summary>The namespace IRI.</summary>
    public const string Namespace = "http://www.w3.org/ns/oa#";

    /// <summary><c>TextPositionSelector</c>.</summary>
    public static readonly Iri TextPositionSelector = new(Namespace + "TextPositionSelector");

    /// <summary><c>start</c>.</summary>
    public static readonly Iri Start = new(Namespace + "start");

    /// <summary><c>end</c>.</summary>
    public static readonly Iri End = new(Namespace + "end");

    /// <summary><c>Annotation</c>.</summary>
    public static readonly Iri Annotation = new(Namespace + "Annotation");

    /// <summary><c>SpecificResource</c>.</summary>
    public static readonly Iri SpecificResource = new(Namespace + "SpecificResource");

    /// <summary><c>TextQuoteSelector</c>.</summary>
    public static readonly Iri TextQuoteSelector = new(Namespace + "TextQuoteSelector");

    /// <summary><c>hasBody</c>.</summary>
    public static readonly Iri HasBody = new(Namespace + "hasBody");

    /// <summary><c>hasTarget</c>.</summary>
    public static readonly Iri HasTarget = new(Namespace + "hasTarget");

    /// <summary><c>hasSource</c>.</summary>
    public static readonly Iri HasSource = new(Namespace + "hasSource");

    /// <summary><c>hasSelector</c>.</summary>
    public static readonly Iri HasSelector = new(Namespace + "hasSelector");

    /// <summary><c>exact</c>.</summary>
    public static readonly Iri Exact = new(Namespace + "exact");

    /// <summary><c>prefix</c>.</summary>
    public static readonly Iri Prefix = new(Namespace + "prefix");

    /// <summary><c>suffix</c>.</summary>
    public static readonly Iri Suffix = new(Namespace + "suffix");

    /// <summary><c>motivatedBy</c>.</summary>
    public static readonly Iri MotivatedBy = new(Namespace + "motivatedBy");

    /// <summary><c>identifying</c>.</summary>
    public static readonly Iri Identifying = new(Namespace + "identifying");
}
