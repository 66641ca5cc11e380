using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>An RDF term constant.</summary>
/// <param name="Value">The term.</param>
public sealed record ConstantExpression(Term Value) : Expression;
