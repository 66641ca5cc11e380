namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>^path</c>: the path traversed from object to subject.</summary>
/// <param name="Path">The reversed path.</param>
public sealed record InversePath(PropertyPath Path) : PropertyPath;
