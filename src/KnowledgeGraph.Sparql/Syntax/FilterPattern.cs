namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>FILTER constraint</c> (applies to the whole group it is in).</summary>
/// <param name="Condition">The constraint.</param>
public sealed record FilterPattern(Expression Condition) : GraphPattern;
