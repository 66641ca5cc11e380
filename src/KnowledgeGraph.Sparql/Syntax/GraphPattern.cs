namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>An element of a group graph pattern.</summary>
public abstract record GraphPattern;
