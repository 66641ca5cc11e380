namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A variable in a pattern.</summary>
/// <param name="Name">The variable's name without <c>?</c> or <c>$</c>.</param>
public sealed record VariableNode(string Name) : PatternNode;
