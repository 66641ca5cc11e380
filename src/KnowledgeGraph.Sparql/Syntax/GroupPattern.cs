namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A group graph pattern <c>{ ... }</c>: its elements in the order they were written.</summary>
/// <param name="Elements">The elements. Consecutive triples separated only by <c>.</c> form one <see cref="TriplesBlockPattern"/>.</param>
public sealed record GroupPattern(SyntaxList<GraphPattern> Elements) : GraphPattern;
