using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>CREATE [SILENT] GRAPH g</c>.</summary>
/// <param name="Silent">Whether SILENT was given.</param>
/// <param name="Graph">The new graph.</param>
public sealed record CreateOperation(bool Silent, Iri Graph) : UpdateOperation;
