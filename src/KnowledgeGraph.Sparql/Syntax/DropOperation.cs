namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>DROP [SILENT] target</c>.</summary>
/// <param name="Silent">Whether SILENT was given.</param>
/// <param name="Target">The graphs removed.</param>
public sealed record DropOperation(bool Silent, GraphTarget Target) : UpdateOperation;
