namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>left|right</c> (bag semantics, like the union it abbreviates).</summary>
/// <param name="Left">The first alternative.</param>
/// <param name="Right">The second alternative.</param>
public sealed record AlternativePath(PropertyPath Left, PropertyPath Right) : PropertyPath;
