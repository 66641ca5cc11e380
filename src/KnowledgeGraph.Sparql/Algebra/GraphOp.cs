namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>GRAPH: evaluates <see cref="Input"/> with a named graph as the active graph; a variable ranges over the named graphs and is bound to each.</summary>
/// <param name="Graph">The graph IRI or a variable.</param>
/// <param name="Input">The pattern evaluated in that graph.</param>
public sealed record GraphOp(PatternTerm Graph, AlgebraOp Input) : AlgebraOp;
