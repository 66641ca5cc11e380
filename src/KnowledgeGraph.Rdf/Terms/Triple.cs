namespace KnowledgeGraph.Rdf.Terms;

/// <summary>An RDF triple. The subject is an IRI or blank node; the object any term.</summary>
/// <param name="Subject">The subject (an <see cref="Iri"/> or <see cref="BlankNode"/>).</param>
/// <param name="Predicate">The predicate.</param>
/// <param name="Object">The object.</param>
public readonly record struct Triple(Term Subject, Iri Predicate, Term Object)
{
    /// <summary>The triple in the default graph.</summary>
    public Quad InDefaultGraph() => new(Subject, Predicate, Object, null);

    /// <summary>The triple in a named graph (null for the default graph).</summary>
    public Quad InGraph(Term? graph) => new(Subject, Predicate, Object, graph);

    /// <summary>The triple written as an N-Triples statement (without the final newline).</summary>
    public override string ToString() => $"{Subject} {Predicate} {Object} .";
}
