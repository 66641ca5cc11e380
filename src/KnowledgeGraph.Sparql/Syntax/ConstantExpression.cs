using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>An IRI or literal in an expression (numbers and booleans become typed literals with their lexical form).</summary>
/// <param name="Value">The term.</param>
public sealed record ConstantExpression(Term Value) : Expression;
