using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Extraction.Vocabularies;

/// <summary>C4O, the Citation Counting and Context Characterisation Ontology (SPAR).</summary>
public static class C4o
{
    /// <summary>The namespace IRI.</summary>
    public const string Namespace = "http://purl.org/spar/c4o/";

    /// <summary><c>InTextReferencePointer</c>.</summary>
    public static readonly Iri InTextReferencePointer = new(Namespace + "InTextReferencePointer");

    /// <summary><c>hasContent</c>.</summary>
    public static readonly Iri HasContent = new(Namespace + "hasContent");

    /// <summary><c>denotes</c>.</summary>
    public static readonly Iri Denotes = new(Namespace + "denotes");
}
