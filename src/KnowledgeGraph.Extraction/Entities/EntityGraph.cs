namespace KnowledgeGraph.Extraction.Entities;

/// <summary>The entities of one essay, the quotations it contains and the relations it states.</summary>
/// <param name="Entities">The entities.</param>
/// <param name="Quotations">The direct quotations, in reading order.</param>
/// <param name="Relations">The relations the text states between entities, each with its words.</param>
public sealed record EntityGraph(IReadOnlyList<ExtractedEntity> Entities, IReadOnlyList<Quotation> Quotations, IReadOnlyList<StatedRelation> Relations);
