namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>path+</c>: each pair connected by one or more steps, once (set semantics).</summary>
/// <param name="Path">The repeated path.</param>
public sealed record OneOrMorePath(PropertyPath Path) : PropertyPath;
