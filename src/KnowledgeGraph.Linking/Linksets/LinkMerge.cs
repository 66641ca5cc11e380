using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Linking.Linksets;

/// <summary>What merging a linkset into a built graph did.</summary>
/// <param name="Published">The links merged: accepted, about an entity the graph has, and not rejected in review.</param>
/// <param name="Stale">Accepted links whose entity the graph no longer has (renamed or dropped by extraction); not merged.</param>
/// <param name="Rejected">Links of the linkset that a review decision rejected; not merged.</param>
/// <param name="Quads">The statements to add: link statements and their provenance records, in the linkset's named graph.</param>
public sealed record LinkMerge(
    IReadOnlyList<EntityLink> Published,
    IReadOnlyList<EntityLink> Stale,
    IReadOnlyList<EntityLink> Rejected,
    IReadOnlyList<Quad> Quads);
