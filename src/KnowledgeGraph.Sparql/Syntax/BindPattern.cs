namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>BIND (expr AS ?v)</c>.</summary>
/// <param name="Expression">The bound expression.</param>
/// <param name="Variable">The new variable's name.</param>
public sealed record BindPattern(Expression Expression, string Variable) : GraphPattern;
