using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>An RDF term (IRI, literal or blank node) in a pattern.</summary>
/// <param name="Term">The term; IRIs are already resolved against the base.</param>
public sealed record TermNode(Term Term) : PatternNode;
