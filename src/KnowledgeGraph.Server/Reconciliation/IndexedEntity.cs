using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>An entity as the reconciliation index holds it: everything a query, a suggestion or a preview needs.</summary>
/// <param name="Id">The entity IRI (the reconciliation identifier).</param>
/// <param name="Name">The display name, chosen by the server's label policy.</param>
/// <param name="Names">Every name and alternate name, distinct.</param>
/// <param name="NameTokens">The normalised words of each name, parallel to <paramref name="Names"/>.</param>
/// <param name="Types">The asserted classes.</param>
/// <param name="Description">A short description when the data has one.</param>
/// <param name="WikidataIds">The QIDs of the Wikidata items the entity is linked to.</param>
/// <param name="Values">The entity's values per predicate IRI (IRIs and literal lexical forms), for property conditions.</param>
internal sealed record IndexedEntity(
    Iri Id,
    string Name,
    IReadOnlyList<string> Names,
    IReadOnlyList<string[]> NameTokens,
    IReadOnlyList<Iri> Types,
    string? Description,
    IReadOnlyList<string> WikidataIds,
    IReadOnlyDictionary<string, string[]> Values);
