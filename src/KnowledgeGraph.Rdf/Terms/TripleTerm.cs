namespace KnowledgeGraph.Rdf.Terms;

/// <summary>
/// An RDF 1.2 triple term: a triple used as the object of another triple
/// (<see href="https://www.w3.org/TR/rdf12-concepts/#section-triple-terms"/>).
/// </summary>
/// <param name="Triple">The quoted triple.</param>
public sealed record TripleTerm(Triple Triple) : Term
{
    /// <inheritdoc/>
    public override TermKind Kind => TermKind.TripleTerm;
}
