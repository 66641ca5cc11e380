namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>CLEAR [SILENT] target</c>.</summary>
/// <param name="Silent">Whether SILENT was given.</param>
/// <param name="Target">The graphs emptied.</param>
public sealed record ClearOperation(bool Silent, GraphTarget Target) : UpdateOperation;
