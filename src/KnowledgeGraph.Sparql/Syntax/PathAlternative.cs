namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>An alternative path, <c>a | b | c</c>.</summary>
/// <param name="Alternatives">The alternatives, two or more, in order.</param>
public sealed record PathAlternative(SyntaxList<PropertyPath> Alternatives) : PropertyPath;
