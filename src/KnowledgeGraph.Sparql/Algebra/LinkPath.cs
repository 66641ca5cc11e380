using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A single predicate step.</summary>
/// <param name="Predicate">The predicate IRI.</param>
public sealed record LinkPath(Iri Predicate) : PropertyPath;
