namespace KnowledgeGraph.Sparql.Update;

/// <summary>What an update request changed, counted against the store as it was before the request.</summary>
/// <param name="QuadsAdded">Quads in the store after the request that were not there before.</param>
/// <param name="QuadsRemoved">Quads that were in the store before the request and are gone after it.</param>
/// <param name="Operations">How many operations the request had.</param>
public sealed record UpdateResult(long QuadsAdded, long QuadsRemoved, int Operations);
