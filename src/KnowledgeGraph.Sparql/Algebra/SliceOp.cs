namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>OFFSET/LIMIT.</summary>
/// <param name="Input">The pattern.</param>
/// <param name="Offset">Solutions skipped first.</param>
/// <param name="Limit">The most solutions returned, or null for no limit.</param>
public sealed record SliceOp(AlgebraOp Input, long Offset, long? Limit) : AlgebraOp;
