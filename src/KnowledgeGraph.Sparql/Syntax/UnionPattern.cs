namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>{ ... } UNION { ... } UNION ...</c>.</summary>
/// <param name="Alternatives">The groups, two or more, in order.</param>
public sealed record UnionPattern(SyntaxList<GroupPattern> Alternatives) : GraphPattern;
