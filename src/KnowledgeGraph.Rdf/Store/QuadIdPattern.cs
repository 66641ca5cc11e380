namespace KnowledgeGraph.Rdf.Store;

/// <summary>
/// A quad pattern over dictionary ids: a null subject, predicate or object is unbound; the graph is selected by
/// <see cref="Scope"/> and, for <see cref="GraphScope.OneGraph"/>, <see cref="Graph"/>.
/// </summary>
/// <param name="Subject">The subject id, or null for any.</param>
/// <param name="Predicate">The predicate id, or null for any.</param>
/// <param name="Object">The object id, or null for any.</param>
/// <param name="Scope">Which graphs to search.</param>
/// <param name="Graph">The graph id when <paramref name="Scope"/> is <see cref="GraphScope.OneGraph"/>.</param>
public readonly record struct QuadIdPattern(TermId? Subject, TermId? Predicate, TermId? Object, GraphScope Scope, TermId Graph = default)
{
    /// <summary>A pattern over one graph given by id; <see cref="TermId.DefaultGraph"/> selects the default graph.</summary>
    public static QuadIdPattern InGraph(TermId graph, TermId? subject = null, TermId? predicate = null, TermId? obj = null) =>
        graph.IsDefaultGraph
            ? new(subject, predicate, obj, GraphScope.DefaultGraph)
            : new(subject, predicate, obj, GraphScope.OneGraph, graph);
}
