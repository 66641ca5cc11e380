namespace KnowledgeGraph.Rdf.Terms;

/// <summary>
/// An RDF term: an IRI, a blank node, a literal or (RDF 1.2) a triple term.
/// Terms are immutable values compared by RDF term equality
/// (<see href="https://www.w3.org/TR/rdf11-concepts/#section-rdf-graph"/>).
/// </summary>
public abstract record Term
{
    private protected Term() { }

    /// <summary>Which kind of term this is.</summary>
    public abstract TermKind Kind { get; }

    /// <summary>The term written as in N-Triples (for example <c>&lt;http://a&gt;</c>, <c>_:b0</c>, <c>"x"@en</c>).</summary>
    public sealed override string ToString() => NTriplesTermFormatter.Format(this);
}
