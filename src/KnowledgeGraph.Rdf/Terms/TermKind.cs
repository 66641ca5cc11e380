namespace KnowledgeGraph.Rdf.Terms;

/// <summary>The kind of an RDF term, for fast switching without type tests.</summary>
public enum TermKind : byte
{
    /// <summary>An IRI (<see cref="Iri"/>).</summary>
    Iri = 0,
    /// <summary>A blank node (<see cref="BlankNode"/>).</summary>
    BlankNode = 1,
    /// <summary>A literal (<see cref="Literal"/>).</summary>
    Literal = 2,
    /// <summary>An RDF 1.2 triple term (<see cref="TripleTerm"/>).</summary>
    TripleTerm = 3,
}
