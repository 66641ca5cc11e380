using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>The target of CLEAR or DROP.</summary>
/// <param name="Kind">Which graphs.</param>
/// <param name="Graph">The graph for <see cref="GraphTargetKind.Graph"/>, else null.</param>
public sealed record GraphTarget(GraphTargetKind Kind, Iri? Graph = null);
