using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

/// <summary>
/// FsCheck generators of SELECT results built to break writers: strings with quotes, backslashes, tabs, line breaks,
/// markup and astral characters, language tags with base directions, unusual datatypes, shared blank nodes, triple
/// terms and unbound values.
/// </summary>
internal static class RandomResults
{
    private static readonly string[] VariablePool = ["x", "y", "z", "long_name", "v1", "ÄÖ"];

    private static readonly string[] IriPool =
    [
        "http://example.org/a", "http://example.org/ns#c", "http://example.org/ä/ü#x", "http://example.org/p?q=1&b=2",
        "urn:isbn:0-14-044913-6", "http://example.org/with%20pct", "http://其他.example/名",
    ];

    private static readonly string[] Fragments =
    [
        "a", "Z", " ", "\"", "'", "\\", "\n", "\r", "\t", "<", ">", "&", "]]>", "é", "中", "😀", ",", "?", "_:", "\"\"", "x", "1",
    ];

    // C0 controls other than tab, newline and return cannot appear in XML 1.0.
    private static readonly string[] ControlFragments = ["\u0001", "\u007F", "\b", "\f"];

    private static readonly (string Lexical, Iri Datatype)[] TypedPool =
    [
        ("1", Xsd.Integer), ("-05", Xsd.Integer), ("+7", Xsd.Integer), ("abc", Xsd.Integer), ("1.50", Xsd.Decimal),
        (".5", Xsd.Decimal), ("1.0E3", Xsd.Double), ("1e0", Xsd.Double), ("true", Xsd.Boolean), ("0", Xsd.Boolean),
        ("1936", Xsd.GYear), ("<a>b</a>", RdfVocab.XmlLiteral), ("x", new Iri("http://example.org/dt")),
    ];

    public static Arbitrary<SparqlResultSet> Select(bool xmlSafe) =>
        (from variables in Gen.SubListOf(VariablePool).Select(v => v.ToList())
         from rows in Gen.ListOf(Solution(variables, xmlSafe)).Select(r => r.Take(12).ToList())
         select SparqlResultSet.ForSelect(variables, rows)).ToArbitrary();

    private static Gen<QuerySolution> Solution(List<string> variables, bool xmlSafe) =>
        Gen.ListOf(Gen.Frequency((1, Gen.Constant<Term?>(null)), (4, AnyTerm(xmlSafe).Select(t => (Term?)t))))
            .Select(terms =>
            {
                var list = terms.ToList();
                return new QuerySolution(variables.Select((v, i) => new KeyValuePair<string, Term?>(v, i < list.Count ? list[i] : null)));
            });

    private static Gen<Term> AnyTerm(bool xmlSafe) =>
        Gen.Frequency(
            (3, IriTerm()),
            (2, Blank()),
            (5, LiteralTerm(xmlSafe)),
            (1, from s in Gen.OneOf(IriTerm(), Blank())
                from o in Gen.OneOf(IriTerm(), Blank(), LiteralTerm(xmlSafe))
                select (Term)new TripleTerm(new Triple(s, new Iri("http://example.org/p"), o))));

    private static Gen<Term> IriTerm() => Gen.Elements(IriPool).Select(i => (Term)new Iri(i));

    // A small label pool makes blank nodes recur across rows.
    private static Gen<Term> Blank() => Gen.Choose(0, 5).Select(n => (Term)new BlankNode("b" + n));

    private static Gen<Term> LiteralTerm(bool xmlSafe) =>
        Gen.OneOf(
            Text(xmlSafe).Select(s => (Term)Literal.Simple(s)),
            from s in Text(xmlSafe)
            from lang in Gen.Elements("en", "en-GB", "de-CH-1996", "FR")
            from dir in Gen.Elements(BaseDirection.None, BaseDirection.None, BaseDirection.Ltr, BaseDirection.Rtl)
            select (Term)Literal.LanguageTagged(s, lang, dir),
            Gen.Elements(TypedPool).Select(t => (Term)Literal.Typed(t.Lexical, t.Datatype)));

    private static Gen<string> Text(bool xmlSafe)
    {
        string[] pieces = xmlSafe ? Fragments : [.. Fragments, .. ControlFragments];
        return Gen.ListOf(Gen.Elements(pieces)).Select(list => string.Concat(list.Take(8)));
    }
}
