namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// A block of triple patterns. Abbreviations are expanded: <c>;</c> and <c>,</c> repeat the subject and predicate,
/// <c>[ ... ]</c> and <c>( ... )</c> become fresh blank nodes with their triples, in the order the specification gives.
/// </summary>
/// <param name="Triples">The triples in order.</param>
public sealed record TriplesBlockPattern(SyntaxList<TriplePatternBase> Triples) : GraphPattern;
