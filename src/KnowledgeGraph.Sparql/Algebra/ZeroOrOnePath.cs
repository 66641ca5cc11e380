namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>path?</c>: each node with itself plus each pair one step apart, once (set semantics).</summary>
/// <param name="Path">The optional path.</param>
public sealed record ZeroOrOnePath(PropertyPath Path) : PropertyPath;
