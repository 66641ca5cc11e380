namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>GRAPH name { ... }</c>.</summary>
/// <param name="Graph">The graph IRI or variable.</param>
/// <param name="Pattern">The group.</param>
public sealed record NamedGraphPattern(PatternNode Graph, GroupPattern Pattern) : GraphPattern;
