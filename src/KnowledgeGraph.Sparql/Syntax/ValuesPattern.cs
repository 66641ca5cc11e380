namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>An inline <c>VALUES</c> block inside a group.</summary>
/// <param name="Data">The data.</param>
public sealed record ValuesPattern(InlineData Data) : GraphPattern;
