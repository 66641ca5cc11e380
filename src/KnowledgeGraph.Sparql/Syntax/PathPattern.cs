namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A triple pattern whose predicate is a property path other than a single IRI.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Path">The path.</param>
/// <param name="Object">The object.</param>
public sealed record PathPattern(PatternNode Subject, PropertyPath Path, PatternNode Object) : TriplePatternBase(Subject, Object);
