using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Graphs.Internal;

/// <summary>
/// Lower-cases language tags. RDF compares tags case-insensitively, but refinement hashes and canonical text are
/// built from the written form, so "x"@EN and "x"@en must be written alike first (canonical N-Triples also
/// requires lower case).
/// </summary>
internal static class LanguageTagNormalizer
{
    public static Quad Normalize(Quad quad) =>
        quad.Object is Literal or TripleTerm
            ? quad with { Object = Normalize(quad.Object) }
            : quad;

    private static Term Normalize(Term term) => term switch
    {
        Literal { HasLanguage: true } literal when HasUpper(literal.Language) =>
            Literal.LanguageTagged(literal.LexicalForm, literal.Language.ToLowerInvariant(), literal.Direction),
        TripleTerm tripleTerm => new TripleTerm(tripleTerm.Triple with
        {
            Subject = Normalize(tripleTerm.Triple.Subject),
            Object = Normalize(tripleTerm.Triple.Object),
        }),
        _ => term,
    };

    private static bool HasUpper(string text)
    {
        foreach (char c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }
}
