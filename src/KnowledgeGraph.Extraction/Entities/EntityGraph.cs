namespace KnowledgeGraph.Extraction.Entities;

/// <summary>The entities of one essay.</summary>
/// <param name="Entities">The entities, in order of first mention.</param>
public sealed record EntityGraph(IReadOnlyList<ExtractedEntity> Entities);
