namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>One triple of a triples block: a plain <see cref="TriplePattern"/> or a <see cref="PathPattern"/>.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Object">The object.</param>
public abstract record TriplePatternBase(PatternNode Subject, PatternNode Object);
