using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Extraction.Vocabularies;

/// <summary>RDF Schema.</summary>
public static class Rdfs
{
    /// <summary>The namespace IRI.</summary>
    public const string Namespace = "http://www.w3.org/2000/01/rdf-schema#";

    /// <summary><c>label</c>.</summary>
    public static readonly Iri Label = new(Namespace + "label");

    /// <summary><c>comment</c>.</summary>
    public static readonly Iri Comment = new(Namespace + "comment");

    /// <summary><c>subClassOf</c>.</summary>
    public static readonly Iri SubClassOf = new(Namespace + "subClassOf");
}
