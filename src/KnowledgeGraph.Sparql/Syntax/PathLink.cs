using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A path of one IRI (<c>:p</c>; <c>a</c> is <c>rdf:type</c>).</summary>
/// <param name="Iri">The predicate.</param>
public sealed record PathLink(Iri Iri) : PropertyPath;
