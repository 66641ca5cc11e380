using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Extraction.Vocabularies;

/// <summary>FOAF.</summary>
public static class Foaf
{
    /// <summary>The namespace IRI.</summary>
    public const string Namespace = "http://xmlns.com/foaf/0.1/";

    /// <summary><c>Person</c>.</summary>
    public static readonly Iri Person = new(Namespace + "Person");

    /// <summary><c>Organization</c>.</summary>
    public static readonly Iri Organization = new(Namespace + "Organization");

    /// <summary><c>name</c>.</summary>
    public static readonly Iri Name = new(Namespace + "name");
}
