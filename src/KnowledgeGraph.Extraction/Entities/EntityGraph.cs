namespace KnowledgeGraph.Extraction.Entities;

/// <summary>The entities of one essay and the quotations it contains.</summary>
/// <param name="Entities">The entities.</param>
/// <param name="Quotations">The direct quotations, in reading order.</param>
public sealed record EntityGraph(IReadOnlyList<ExtractedEntity> Entities, IReadOnlyList<Quotation> Quotations);
