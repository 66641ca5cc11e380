using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Extraction.Vocabularies;

/// <summary>W3C Web Annotation vocabulary (selectors).</summary>
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
}
