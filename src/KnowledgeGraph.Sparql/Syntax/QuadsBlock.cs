namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>Triples of quad data or a quad template, either in the default graph or inside <c>GRAPH g { ... }</c>.</summary>
/// <param name="Graph">The graph IRI or variable; null for the default graph.</param>
/// <param name="Triples">The triples in order.</param>
public sealed record QuadsBlock(PatternNode? Graph, SyntaxList<TriplePattern> Triples);
