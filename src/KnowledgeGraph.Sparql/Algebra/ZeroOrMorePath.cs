namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>path*</c>: each connected pair once (set semantics), including every node with itself.</summary>
/// <param name="Path">The repeated path.</param>
public sealed record ZeroOrMorePath(PropertyPath Path) : PropertyPath;
