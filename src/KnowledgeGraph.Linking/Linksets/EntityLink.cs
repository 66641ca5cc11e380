using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Linking.Linksets;

/// <summary>One link (or candidate, or review decision) from an entity of our graph to an outside item, with its provenance.</summary>
/// <param name="Source">The entity of our graph.</param>
/// <param name="Target">The outside item (a Wikidata item IRI).</param>
/// <param name="Predicate">skos:exactMatch, or owl:sameAs where identity is certain.</param>
/// <param name="Score">How sure, from 0 to 1.</param>
/// <param name="Method">How it was made.</param>
/// <param name="Status">What review decided.</param>
/// <param name="Date">When it was made or decided.</param>
/// <param name="Evidence">What the reviewer or the reconciler saw, for the next reader.</param>
public sealed record EntityLink(Iri Source, Iri Target, Iri Predicate, double Score, LinkMethod Method, ReviewStatus Status, DateOnly Date, string? Evidence = null)
{
    /// <summary>The link statement this record publishes when accepted.</summary>
    public Triple Statement => new(Source, Predicate, Target);

    /// <summary>The same link about another IRI of the same entity (used when the build's base IRI differs).</summary>
    public EntityLink WithSource(Iri source) => this with { Source = source };
}
