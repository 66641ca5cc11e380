using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>
/// The SPARQL 1.2 (working draft) functions on triple terms and directional language strings: TRIPLE, isTRIPLE,
/// SUBJECT, PREDICATE, OBJECT, LANGDIR, hasLANG, hasLANGDIR, STRLANGDIR. They are extras beyond SPARQL 1.1, provided
/// because the term model already has triple terms and base directions.
/// </summary>
internal static class TripleTermFunctions
{
    public static Term Triple(Term subject, Term predicate, Term @object)
    {
        if (subject.Kind is not (TermKind.Iri or TermKind.BlankNode))
        {
            throw Errors.Type("TRIPLE", "an IRI or blank node subject", subject);
        }
        if (predicate is not Iri iri)
        {
            throw Errors.Type("TRIPLE", "an IRI predicate", predicate);
        }
        return new TripleTerm(new Triple(subject, iri, @object));
    }

    public static Term IsTriple(Term arg) => Literals.Boolean(arg.Kind == TermKind.TripleTerm);

    public static Term Subject(Term arg) => RequireTriple(arg, "SUBJECT").Subject;

    public static Term Predicate(Term arg) => RequireTriple(arg, "PREDICATE").Predicate;

    public static Term Object(Term arg) => RequireTriple(arg, "OBJECT").Object;

    public static Term LangDir(Term arg) => arg is Literal literal
        ? Literals.String(literal.Direction switch { BaseDirection.Ltr => "ltr", BaseDirection.Rtl => "rtl", _ => "" })
        : throw Errors.Type("LANGDIR", "a literal", arg);

    public static Term HasLang(Term arg) => arg is Literal literal
        ? Literals.Boolean(literal.HasLanguage)
        : throw Errors.Type("HASLANG", "a literal", arg);

    public static Term HasLangDir(Term arg) => arg is Literal literal
        ? Literals.Boolean(literal.Direction != BaseDirection.None)
        : throw Errors.Type("HASLANGDIR", "a literal", arg);

    public static Term StrLangDir(Term lexical, Term language, Term direction)
    {
        var tagged = (Literal)TermFunctions.StrLang(lexical, language);
        BaseDirection dir = TermValues.RequireSimpleString(direction, "STRLANGDIR") switch
        {
            "ltr" => BaseDirection.Ltr,
            "rtl" => BaseDirection.Rtl,
            _ => throw Errors.Of("STRLANGDIR", "the direction must be \"ltr\" or \"rtl\""),
        };
        return Literal.LanguageTagged(tagged.LexicalForm, tagged.Language, dir);
    }

    private static Triple RequireTriple(Term arg, string function) =>
        arg is TripleTerm triple ? triple.Triple : throw Errors.Type(function, "a triple term", arg);
}
