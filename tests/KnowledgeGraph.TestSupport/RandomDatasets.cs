using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.TestSupport;

/// <summary>
/// FsCheck generators of random datasets built to break writers: literals full of quotes, backslashes, newlines,
/// markup, astral-plane characters and non-canonical numbers; IRIs with non-ASCII and percent signs; shared and
/// nested blank nodes; stray rdf:first/rdf:rest statements that look like (but are not always) well-formed lists.
/// </summary>
public static class RandomDatasets
{
    private const string Ns = "http://example.org/";

    private static readonly string[] IriPool =
    [
        Ns + "a", Ns + "b", Ns + "ns#c", Ns + "ä/ü#x", Ns + "path?q=1&b=2", "urn:isbn:0-14-044913-6",
        Ns + "with%20pct", Ns + "trailing/", Ns + "a.b", Ns + "a-b_c~d", Ns + "1starts-with-digit", "http://其他.example/名",
    ];

    // Predicates that every syntax can write, RDF/XML included (their local names are legal XML names).
    private static readonly string[] PredicatePool =
    [
        Ns + "p", Ns + "ns#q", Ns + "has-part", "http://schema.org/name", "http://purl.org/dc/terms/creator",
    ];

    private static readonly string[] Fragments =
    [
        "a", "Z", " ", "\"", "'", "\\", "\n", "\r", "\t", "<", ">", "&", "]]>", "é", "中", "😀", "#", ":", "@", "^", "\"\"\"", "'''", "x",
    ];

    // C0 controls other than tab, newline and return cannot appear in XML 1.0, so only non-XML syntaxes get them.
    private static readonly string[] ControlFragments = ["\u0001", "\u007F", "\b", "\f"];

    private static readonly (string Lexical, Iri Datatype)[] TypedPool =
    [
        ("1", Xsd.Integer), ("-05", Xsd.Integer), ("abc", Xsd.Integer), ("1.50", Xsd.Decimal), (".5", Xsd.Decimal),
        ("1.0E3", Xsd.Double), ("1e0", Xsd.Double), ("true", Xsd.Boolean), ("0", Xsd.Boolean), ("1936", Xsd.GYear),
        ("<a>b</a>", RdfVocab.XmlLiteral),
    ];

    /// <summary>Random datasets; <paramref name="namedGraphs"/> allows statements in named graphs, <paramref name="xmlSafe"/> avoids what XML 1.0 cannot hold.</summary>
    public static Arbitrary<List<Quad>> Arbitrary(bool namedGraphs, bool xmlSafe) =>
        Gen.ListOf(Quad(namedGraphs, xmlSafe)).Select(list => list.Distinct().ToList()).ToArbitrary();

    private static Gen<Quad> Quad(bool namedGraphs, bool xmlSafe) =>
        from subject in Subject()
        from predicate in Predicate()
        from obj in Object(xmlSafe)
        from graph in namedGraphs ? Gen.Frequency((3, Gen.Constant<Term?>(null)), (1, Subject().Select(t => (Term?)t))) : Gen.Constant<Term?>(null)
        select new Quad(subject, predicate, obj, graph);

    private static Gen<Term> Subject() =>
        Gen.Frequency((3, IriTerm()), (2, Blank()), (1, Gen.Constant<Term>(RdfVocab.Nil)));

    private static Gen<Iri> Predicate() =>
        Gen.Frequency(
            (6, Gen.Elements(PredicatePool).Select(p => new Iri(p))),
            (1, Gen.Constant(RdfVocab.Type)),
            (1, Gen.Constant(RdfVocab.First)),
            (1, Gen.Constant(RdfVocab.Rest)));

    private static Gen<Term> Object(bool xmlSafe) =>
        Gen.Frequency((3, IriTerm()), (3, Blank()), (4, LiteralTerm(xmlSafe)), (1, Gen.Constant<Term>(RdfVocab.Nil)));

    private static Gen<Term> IriTerm() => Gen.Elements(IriPool).Select(i => (Term)new Iri(i));

    // A small label pool makes blank nodes recur, so writers meet shared nodes, cycles and list-like chains.
    private static Gen<Term> Blank() => Gen.Choose(0, 6).Select(n => (Term)new BlankNode("b" + n));

    private static Gen<Term> LiteralTerm(bool xmlSafe) =>
        Gen.OneOf(
            Text(xmlSafe).Select(s => (Term)Literal.Simple(s)),
            from s in Text(xmlSafe)
            from lang in Gen.Elements("en", "en-GB", "de-CH-1996", "fr")
            select (Term)Literal.LanguageTagged(s, lang),
            Gen.Elements(TypedPool).Select(t => (Term)Literal.Typed(t.Lexical, t.Datatype)));

    private static Gen<string> Text(bool xmlSafe)
    {
        var pieces = xmlSafe ? Fragments : [.. Fragments, .. ControlFragments];
        return Gen.ListOf(Gen.Elements(pieces)).Select(list => string.Concat(list.Take(8)));
    }
}
