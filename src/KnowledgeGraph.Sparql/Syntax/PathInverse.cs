namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>An inverse path, <c>^path</c>.</summary>
/// <param name="Path">The inverted path.</param>
public sealed record PathInverse(PropertyPath Path) : PropertyPath;
