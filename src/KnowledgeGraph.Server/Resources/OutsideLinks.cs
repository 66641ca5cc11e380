using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Server.Resources;

/// <summary>Links from our entities to the same entity in another dataset, as the reviewed Wikidata linkset publishes them.</summary>
internal static class OutsideLinks
{
    private const string WikidataEntity = "http://www.wikidata.org/entity/";
    private static readonly Iri ExactMatch = new("http://www.w3.org/2004/02/skos/core#exactMatch");
    private static readonly Iri SameAs = new("http://www.w3.org/2002/07/owl#sameAs");

    public static bool IsLinkPredicate(Iri predicate) => predicate.Equals(ExactMatch) || predicate.Equals(SameAs);

    /// <summary>The QID of a Wikidata item IRI, or null.</summary>
    public static string? WikidataId(Iri iri) =>
        iri.Value.StartsWith(WikidataEntity, StringComparison.Ordinal) && iri.Value.Length > WikidataEntity.Length + 1 && iri.Value[WikidataEntity.Length] == 'Q'
            ? iri.Value[WikidataEntity.Length..]
            : null;
}
