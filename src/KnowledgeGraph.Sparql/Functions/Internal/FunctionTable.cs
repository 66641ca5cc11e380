using System.Collections.Frozen;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>The dispatch table: every operator symbol, built-in keyword and cast IRI with its arity and body.</summary>
internal static class FunctionTable
{
    private delegate Term Unary(Term a);
    private delegate Term Binary(Term a, Term b);

    public static FrozenDictionary<string, FunctionEntry> Build(RegexFunctions regex)
    {
        var table = new Dictionary<string, FunctionEntry>(StringComparer.Ordinal);

        void Add(string name, int min, int max, Func<IReadOnlyList<Term>, FunctionContext, Term> body) =>
            table.Add(name, new FunctionEntry(min, max, body));
        void Add1(string name, Unary body) => Add(name, 1, 1, (a, _) => body(a[0]));
        void Add2(string name, Binary body) => Add(name, 2, 2, (a, _) => body(a[0], a[1]));

        // Operators (17.3).
        Add2("=", (a, b) => Literals.Boolean(ValueComparison.AreEqual(a, b)));
        Add2("!=", (a, b) => Literals.Boolean(!ValueComparison.AreEqual(a, b)));
        Add2("<", (a, b) => Literals.Boolean(ValueComparison.Compare(a, b, "<") == ValueComparison.Order.Less));
        Add2(">", (a, b) => Literals.Boolean(ValueComparison.Compare(a, b, ">") == ValueComparison.Order.Greater));
        Add2("<=", (a, b) => Literals.Boolean(ValueComparison.Compare(a, b, "<=") is ValueComparison.Order.Less or ValueComparison.Order.Equal));
        Add2(">=", (a, b) => Literals.Boolean(ValueComparison.Compare(a, b, ">=") is ValueComparison.Order.Greater or ValueComparison.Order.Equal));
        Add2("+", ArithmeticFunctions.Add);
        Add2("-", ArithmeticFunctions.Subtract);
        Add2("*", ArithmeticFunctions.Multiply);
        Add2("/", ArithmeticFunctions.Divide);
        Add1("UNARY+", ArithmeticFunctions.Plus);
        Add1("UNARY-", ArithmeticFunctions.Minus);

        // Functions on RDF terms (17.4.2).
        Add1("ISIRI", TermFunctions.IsIri);
        Add1("ISURI", TermFunctions.IsIri);
        Add1("ISBLANK", TermFunctions.IsBlank);
        Add1("ISLITERAL", TermFunctions.IsLiteral);
        Add1("ISNUMERIC", TermFunctions.IsNumeric);
        Add2("SAMETERM", TermFunctions.SameTerm);
        Add1("STR", TermFunctions.Str);
        Add1("LANG", TermFunctions.Lang);
        Add1("DATATYPE", TermFunctions.Datatype);
        Add2("LANGMATCHES", TermFunctions.LangMatches);
        Add("IRI", 1, 1, (a, c) => TermFunctions.Iri(a[0], c));
        Add("URI", 1, 1, (a, c) => TermFunctions.Iri(a[0], c));
        Add("BNODE", 0, 1, (a, c) => TermFunctions.Bnode(a.Count == 0 ? null : a[0], c));
        Add2("STRDT", TermFunctions.StrDt);
        Add2("STRLANG", TermFunctions.StrLang);
        Add("UUID", 0, 0, (_, c) => TermFunctions.Uuid(c));
        Add("STRUUID", 0, 0, (_, c) => TermFunctions.StrUuid(c));

        // Functions on strings (17.4.3).
        Add1("STRLEN", StringFunctions.Strlen);
        Add("SUBSTR", 2, 3, (a, _) => StringFunctions.Substr(a[0], a[1], a.Count > 2 ? a[2] : null));
        Add1("UCASE", StringFunctions.Ucase);
        Add1("LCASE", StringFunctions.Lcase);
        Add2("STRSTARTS", StringFunctions.StrStarts);
        Add2("STRENDS", StringFunctions.StrEnds);
        Add2("CONTAINS", StringFunctions.Contains);
        Add2("STRBEFORE", StringFunctions.StrBefore);
        Add2("STRAFTER", StringFunctions.StrAfter);
        Add1("ENCODE_FOR_URI", StringFunctions.EncodeForUri);
        Add("CONCAT", 0, -1, (a, _) => StringFunctions.Concat(a));
        Add("REGEX", 2, 3, (a, _) => regex.Regex(a[0], a[1], a.Count > 2 ? a[2] : null));
        Add("REPLACE", 3, 4, (a, _) => regex.Replace(a[0], a[1], a[2], a.Count > 3 ? a[3] : null));

        // Functions on numerics (17.4.4).
        Add1("ABS", ArithmeticFunctions.Abs);
        Add1("ROUND", ArithmeticFunctions.Round);
        Add1("CEIL", ArithmeticFunctions.Ceil);
        Add1("FLOOR", ArithmeticFunctions.Floor);
        Add("RAND", 0, 0, (_, c) => TermFunctions.Rand(c));

        // Functions on dates and times (17.4.5).
        Add("NOW", 0, 0, (_, c) => DateTimeFunctions.Now(c));
        Add1("YEAR", DateTimeFunctions.Year);
        Add1("MONTH", DateTimeFunctions.Month);
        Add1("DAY", DateTimeFunctions.Day);
        Add1("HOURS", DateTimeFunctions.Hours);
        Add1("MINUTES", DateTimeFunctions.Minutes);
        Add1("SECONDS", DateTimeFunctions.Seconds);
        Add1("TIMEZONE", DateTimeFunctions.Timezone);
        Add1("TZ", DateTimeFunctions.Tz);

        // Hash functions (17.4.6).
        Add1("MD5", HashFunctions.Md5);
        Add1("SHA1", HashFunctions.Sha1);
        Add1("SHA256", HashFunctions.Sha256);
        Add1("SHA384", HashFunctions.Sha384);
        Add1("SHA512", HashFunctions.Sha512);

        // SPARQL 1.2 draft: triple terms and base directions.
        Add("TRIPLE", 3, 3, (a, _) => TripleTermFunctions.Triple(a[0], a[1], a[2]));
        Add1("ISTRIPLE", TripleTermFunctions.IsTriple);
        Add1("SUBJECT", TripleTermFunctions.Subject);
        Add1("PREDICATE", TripleTermFunctions.Predicate);
        Add1("OBJECT", TripleTermFunctions.Object);
        Add1("LANGDIR", TripleTermFunctions.LangDir);
        Add1("HASLANG", TripleTermFunctions.HasLang);
        Add1("HASLANGDIR", TripleTermFunctions.HasLangDir);
        Add("STRLANGDIR", 3, 3, (a, _) => TripleTermFunctions.StrLangDir(a[0], a[1], a[2]));

        // XSD casts (17.5).
        Iri[] castTargets =
        [
            XsdTypes.String, XsdTypes.Boolean, XsdTypes.Decimal, XsdTypes.Float, XsdTypes.Double,
            XsdTypes.DateTime, XsdTypes.Date, XsdTypes.Time,
            .. XsdTypes.IntegerTypeIris.Select(iri => iri == Xsd.Integer.Value ? Xsd.Integer : new Iri(iri)),
        ];
        foreach (Iri target in castTargets)
        {
            Add1(target.Value, arg => CastFunctions.Cast(target, arg));
        }
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
