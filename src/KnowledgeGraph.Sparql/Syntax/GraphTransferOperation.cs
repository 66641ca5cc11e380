using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>ADD</c>, <c>MOVE</c> or <c>COPY [SILENT] from TO to</c>.</summary>
/// <param name="Kind">Which operation.</param>
/// <param name="Silent">Whether SILENT was given.</param>
/// <param name="Source">The source graph, or null for DEFAULT.</param>
/// <param name="Destination">The target graph, or null for DEFAULT.</param>
public sealed record GraphTransferOperation(GraphTransferKind Kind, bool Silent, Iri? Source, Iri? Destination) : UpdateOperation;
