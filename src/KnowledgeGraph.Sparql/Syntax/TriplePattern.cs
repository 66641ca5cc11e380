namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A triple pattern whose predicate is an IRI or a variable.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Predicate">The predicate.</param>
/// <param name="Object">The object.</param>
public sealed record TriplePattern(PatternNode Subject, PatternNode Predicate, PatternNode Object) : TriplePatternBase(Subject, Object);
