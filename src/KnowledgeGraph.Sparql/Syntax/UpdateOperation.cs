namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>One operation of an update request.</summary>
public abstract record UpdateOperation;
