using KnowledgeGraph.Linking.Vocabulary;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>The terms the reconciliation service reads: which classes are entities, which properties name and describe them.</summary>
internal static class ReconciliationVocabulary
{
    /// <summary>Our ontology namespace, the service's schema space.</summary>
    public const string Kgo = LinkVocabulary.Kgo;

    /// <summary>The entity classes, in the order the manifest offers them as default types.</summary>
    public static IReadOnlyList<Iri> EntityClasses { get; } =
    [
        new(Kgo + "Person"), new(Kgo + "Organization"), new(Kgo + "Place"), new(Kgo + "Event"), new(Kgo + "Work"),
    ];

    /// <summary>The classes whose instances have personal names (family name, given names, initials).</summary>
    public static IReadOnlySet<Iri> PersonClasses { get; } = new HashSet<Iri>
    {
        new(Kgo + "Person"), new("https://schema.org/Person"), new("http://schema.org/Person"), new("http://xmlns.com/foaf/0.1/Person"),
    };

    /// <summary>Alternate names, searched beside the label properties of the server's label policy.</summary>
    public static IReadOnlyList<Iri> AlternateNames { get; } =
    [
        new("https://schema.org/alternateName"), new("http://schema.org/alternateName"), new(LinkVocabulary.Skos + "altLabel"),
    ];

    /// <summary>Short descriptions, most preferred first.</summary>
    public static IReadOnlyList<Iri> Descriptions { get; } =
    [
        new("https://schema.org/description"), new("http://schema.org/description"), new("http://purl.org/dc/terms/description"),
        new("http://www.w3.org/2000/01/rdf-schema#comment"),
    ];

    /// <summary>The class labels.</summary>
    public static Iri Label { get; } = new("http://www.w3.org/2000/01/rdf-schema#label");

    /// <summary>The link predicate a Wikidata item is given under in queries (besides <c>owl:sameAs</c> and the pseudo-property <c>wikidata</c>).</summary>
    public static Iri ExactMatch { get; } = new(LinkVocabulary.Skos + "exactMatch");
}
