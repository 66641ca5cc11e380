using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Store;

/// <summary>
/// A quad pattern over terms: a null subject, predicate or object is unbound (matches anything); the graph is
/// selected by <see cref="Scope"/> and, for <see cref="GraphScope.OneGraph"/>, <see cref="Graph"/>.
/// Use the factory methods rather than the constructor.
/// </summary>
/// <param name="Subject">The subject, or null for any.</param>
/// <param name="Predicate">The predicate, or null for any.</param>
/// <param name="Object">The object, or null for any.</param>
/// <param name="Scope">Which graphs to search.</param>
/// <param name="Graph">The graph name when <paramref name="Scope"/> is <see cref="GraphScope.OneGraph"/>, otherwise null.</param>
public readonly record struct QuadPattern(Term? Subject, Iri? Predicate, Term? Object, GraphScope Scope, Term? Graph)
{
    /// <summary>A pattern over the default graph and all named graphs.</summary>
    public static QuadPattern InAllGraphs(Term? subject = null, Iri? predicate = null, Term? obj = null) =>
        new(subject, predicate, obj, GraphScope.AllGraphs, null);

    /// <summary>A pattern over the default graph only.</summary>
    public static QuadPattern InDefaultGraph(Term? subject = null, Iri? predicate = null, Term? obj = null) =>
        new(subject, predicate, obj, GraphScope.DefaultGraph, null);

    /// <summary>A pattern over every named graph (not the default graph).</summary>
    public static QuadPattern InNamedGraphs(Term? subject = null, Iri? predicate = null, Term? obj = null) =>
        new(subject, predicate, obj, GraphScope.NamedGraphs, null);

    /// <summary>A pattern over one graph; a null <paramref name="graph"/> means the default graph.</summary>
    public static QuadPattern InGraph(Term? graph, Term? subject = null, Iri? predicate = null, Term? obj = null) =>
        graph is null
            ? new(subject, predicate, obj, GraphScope.DefaultGraph, null)
            : new(subject, predicate, obj, GraphScope.OneGraph, graph);

    /// <summary>Whether a quad matches this pattern (the naive definition the indexes must agree with).</summary>
    public bool Matches(Quad quad) =>
        (Subject is null || Subject.Equals(quad.Subject))
        && (Predicate is null || Predicate.Equals(quad.Predicate))
        && (Object is null || Object.Equals(quad.Object))
        && Scope switch
        {
            GraphScope.AllGraphs => true,
            GraphScope.DefaultGraph => quad.Graph is null,
            GraphScope.NamedGraphs => quad.Graph is not null,
            _ => quad.Graph is not null && quad.Graph.Equals(Graph),
        };
}
