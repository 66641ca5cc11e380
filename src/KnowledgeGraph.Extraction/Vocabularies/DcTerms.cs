using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Extraction.Vocabularies;

/// <summary>Dublin Core Terms.</summary>
public static class DcTerms
{
    /// <summary>The namespace IRI.</summary>
    public const string Namespace = "http://purl.org/dc/terms/";

    /// <summary><c>title</c>.</summary>
    public static readonly Iri Title = new(Namespace + "title");

    /// <summary><c>creator</c>.</summary>
    public static readonly Iri Creator = new(Namespace + "creator");

    /// <summary><c>contributor</c>.</summary>
    public static readonly Iri Contributor = new(Namespace + "contributor");

    /// <summary><c>isPartOf</c>.</summary>
    public static readonly Iri IsPartOf = new(Namespace + "isPartOf");

    /// <summary><c>hasPart</c>.</summary>
    public static readonly Iri HasPart = new(Namespace + "hasPart");

    /// <summary><c>source</c>.</summary>
    public static readonly Iri Source = new(Namespace + "source");

    /// <summary><c>isReplacedBy</c>: where a resource merged by curation went.</summary>
    public static readonly Iri IsReplacedBy = new(Namespace + "isReplacedBy");
}
