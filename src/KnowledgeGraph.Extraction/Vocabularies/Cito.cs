using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Extraction.Vocabularies;

/// <summary>CiTO, the Citation Typing Ontology (SPAR).</summary>
public static class Cito
{
    /// <summary>The namespace IRI.</summary>
    public const string Namespace = "http://purl.org/spar/cito/";

    /// <summary><c>Citation</c>.</summary>
    public static readonly Iri Citation = new(Namespace + "Citation");

    /// <summary><c>hasCitingEntity</c>.</summary>
    public static readonly Iri HasCitingEntity = new(Namespace + "hasCitingEntity");

    /// <summary><c>hasCitedEntity</c>.</summary>
    public static readonly Iri HasCitedEntity = new(Namespace + "hasCitedEntity");

    /// <summary><c>hasCitationCharacterization</c>.</summary>
    public static readonly Iri HasCitationCharacterization = new(Namespace + "hasCitationCharacterization");

    /// <summary><c>cites</c>.</summary>
    public static readonly Iri Cites = new(Namespace + "cites");

    /// <summary><c>citesAsEvidence</c>.</summary>
    public static readonly Iri CitesAsEvidence = new(Namespace + "citesAsEvidence");

    /// <summary><c>citesAsAuthority</c>.</summary>
    public static readonly Iri CitesAsAuthority = new(Namespace + "citesAsAuthority");

    /// <summary><c>citesAsRelated</c>.</summary>
    public static readonly Iri CitesAsRelated = new(Namespace + "citesAsRelated");

    /// <summary><c>citesForInformation</c>.</summary>
    public static readonly Iri CitesForInformation = new(Namespace + "citesForInformation");

    /// <summary><c>citesAsRecommendedReading</c>.</summary>
    public static readonly Iri CitesAsRecommendedReading = new(Namespace + "citesAsRecommendedReading");

    /// <summary><c>citesAsSourceDocument</c>.</summary>
    public static readonly Iri CitesAsSourceDocument = new(Namespace + "citesAsSourceDocument");

    /// <summary><c>agreesWith</c>.</summary>
    public static readonly Iri AgreesWith = new(Namespace + "agreesWith");

    /// <summary><c>disagreesWith</c>.</summary>
    public static readonly Iri DisagreesWith = new(Namespace + "disagreesWith");

    /// <summary><c>extends</c>.</summary>
    public static readonly Iri Extends = new(Namespace + "extends");

    /// <summary><c>includesQuotationFrom</c>.</summary>
    public static readonly Iri IncludesQuotationFrom = new(Namespace + "includesQuotationFrom");
}
