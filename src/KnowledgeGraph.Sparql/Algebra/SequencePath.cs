namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>first/second</c> (bag semantics, like the join it abbreviates).</summary>
/// <param name="First">The first step.</param>
/// <param name="Second">The second step.</param>
public sealed record SequencePath(PropertyPath First, PropertyPath Second) : PropertyPath;
