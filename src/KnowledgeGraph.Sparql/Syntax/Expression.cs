namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A SPARQL expression (grammar rule <c>Expression</c> and everything below it).</summary>
public abstract record Expression;
