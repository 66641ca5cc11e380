namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A sequence path, <c>a / b / c</c>.</summary>
/// <param name="Steps">The steps, two or more, in order.</param>
public sealed record PathSequence(SyntaxList<PropertyPath> Steps) : PropertyPath;
