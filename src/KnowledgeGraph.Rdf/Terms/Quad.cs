namespace KnowledgeGraph.Rdf.Terms;

/// <summary>A triple in a graph of a dataset; <see cref="Graph"/> is <see langword="null"/> for the default graph.</summary>
/// <param name="Subject">The subject (an <see cref="Iri"/> or <see cref="BlankNode"/>).</param>
/// <param name="Predicate">The predicate.</param>
/// <param name="Object">The object.</param>
/// <param name="Graph">The graph name (an <see cref="Iri"/> or <see cref="BlankNode"/>), or null for the default graph.</param>
public readonly record struct Quad(Term Subject, Iri Predicate, Term Object, Term? Graph)
{
    /// <summary>Whether the quad is in the default graph.</summary>
    public bool IsInDefaultGraph => Graph is null;

    /// <summary>The quad without its graph name.</summary>
    public Triple Triple => new(Subject, Predicate, Object);

    /// <summary>The quad written as an N-Quads statement (without the final newline).</summary>
    public override string ToString() =>
        Graph is null ? $"{Subject} {Predicate} {Object} ." : $"{Subject} {Predicate} {Object} {Graph} .";
}
