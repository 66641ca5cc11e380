namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A path with a modifier: <c>path*</c>, <c>path+</c> or <c>path?</c>.</summary>
/// <param name="Path">The repeated path.</param>
/// <param name="Modifier">Which modifier.</param>
public sealed record PathRepeat(PropertyPath Path, PathModifier Modifier) : PropertyPath;
