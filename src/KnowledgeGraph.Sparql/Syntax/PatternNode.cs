namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A position of a triple or quad pattern: a variable or an RDF term (blank nodes act as variables there).</summary>
public abstract record PatternNode;
