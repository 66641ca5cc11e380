namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A property path (SPARQL 1.1 section 9).</summary>
public abstract record PropertyPath;
