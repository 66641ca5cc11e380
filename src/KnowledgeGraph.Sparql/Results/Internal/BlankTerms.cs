using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>Finding and renaming blank nodes in terms, including those nested in RDF 1.2 triple terms.</summary>
internal static class BlankTerms
{
    public static bool Mentions(Term? term) => term switch
    {
        BlankNode => true,
        TripleTerm t => Mentions(t.Triple.Subject) || Mentions(t.Triple.Object),
        _ => false,
    };

    /// <summary>Calls <paramref name="visit"/> for each blank node occurrence, in a fixed left-to-right order.</summary>
    public static void Visit(Term? term, Action<BlankNode> visit)
    {
        switch (term)
        {
            case BlankNode blank:
                visit(blank);
                break;
            case TripleTerm t:
                Visit(t.Triple.Subject, visit);
                Visit(t.Triple.Object, visit);
                break;
        }
    }

    public static Term? Rename(Term? term, Func<BlankNode, BlankNode> rename) => term switch
    {
        BlankNode blank => rename(blank),
        TripleTerm t when Mentions(t) => new TripleTerm(new Triple(
            Rename(t.Triple.Subject, rename)!, t.Triple.Predicate, Rename(t.Triple.Object, rename)!)),
        _ => term,
    };
}
