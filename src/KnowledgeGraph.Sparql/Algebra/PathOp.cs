namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A property path pattern (section 18.1.7) evaluated over the active graph.</summary>
/// <param name="Subject">The start position.</param>
/// <param name="Path">The path.</param>
/// <param name="Object">The end position.</param>
public sealed record PathOp(PatternTerm Subject, PropertyPath Path, PatternTerm Object) : AlgebraOp;
