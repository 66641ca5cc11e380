using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>LOAD [SILENT] source [INTO GRAPH g]</c>.</summary>
/// <param name="Silent">Whether SILENT was given.</param>
/// <param name="Source">The document IRI.</param>
/// <param name="Destination">The target graph, or null for the default graph.</param>
public sealed record LoadOperation(bool Silent, Iri Source, Iri? Destination) : UpdateOperation;
