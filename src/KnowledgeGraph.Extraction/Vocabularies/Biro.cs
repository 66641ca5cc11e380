using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Extraction.Vocabularies;

/// <summary>BiRO, the Bibliographic Reference Ontology (SPAR).</summary>
public static class Biro
{
    /// <summary>The namespace IRI.</summary>
    public const string Namespace = "http://purl.org/spar/biro/";

    /// <summary><c>BibliographicReference</c>.</summary>
    public static readonly Iri BibliographicReference = new(Namespace + "BibliographicReference");

    /// <summary><c>references</c>.</summary>
    public static readonly Iri References = new(Namespace + "references");
}
