using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>
/// The functions on RDF terms of SPARQL 1.1 section 17.4.2 (isIRI, STR, LANG, DATATYPE, IRI, BNODE, STRDT, STRLANG,
/// UUID...) and langMatches and RAND.
/// </summary>
internal static class TermFunctions
{
    public static Term IsIri(Term arg) => Literals.Boolean(arg.Kind == TermKind.Iri);

    public static Term IsBlank(Term arg) => Literals.Boolean(arg.Kind == TermKind.BlankNode);

    public static Term IsLiteral(Term arg) => Literals.Boolean(arg.Kind == TermKind.Literal);

    /// <summary>True for a numeric datatype with a valid lexical form (so <c>"1200"^^xsd:byte</c> is not numeric).</summary>
    public static Term IsNumeric(Term arg) => Literals.Boolean(TermValues.TryGetNumeric(arg, out _));

    public static Term SameTerm(Term left, Term right) => Literals.Boolean(left.Equals(right));

    public static Term Str(Term arg) => arg switch
    {
        Literal literal => Literals.String(literal.LexicalForm),
        Iri iri => Literals.String(iri.Value),
        _ => throw Errors.Type("STR", "an IRI or a literal", arg),
    };

    public static Term Lang(Term arg) =>
        arg is Literal literal ? Literals.String(literal.Language) : throw Errors.Type("LANG", "a literal", arg);

    public static Term Datatype(Term arg) =>
        arg is Literal literal ? literal.Datatype : throw Errors.Type("DATATYPE", "a literal", arg);

    /// <summary>RFC 4647 basic filtering: <c>*</c> matches any tag, otherwise equal or a prefix ending at a hyphen, ignoring case.</summary>
    public static Term LangMatches(Term tag, Term range)
    {
        string t = TermValues.RequireSimpleString(tag, "LANGMATCHES");
        string r = TermValues.RequireSimpleString(range, "LANGMATCHES");
        bool matches = r == "*"
            ? t.Length > 0
            : t.StartsWith(r, StringComparison.OrdinalIgnoreCase) && (t.Length == r.Length || (r.Length > 0 && t[r.Length] == '-'));
        return Literals.Boolean(matches);
    }

    /// <summary>IRI/URI: an IRI unchanged, or a string resolved against the base IRI.</summary>
    public static Term Iri(Term arg, FunctionContext context)
    {
        if (arg is Iri iri)
        {
            return iri;
        }
        string text = TermValues.RequireSimpleString(arg, "IRI");
        try
        {
            if (IriSyntax.HasScheme(text))
            {
                return new Iri(IriResolver.Resolve(text, text));
            }
            if (context.BaseIri is null)
            {
                throw Errors.Of("IRI", $"cannot resolve the relative IRI <{text}> without a base IRI");
            }
            return new Iri(IriResolver.Resolve(context.BaseIri, text));
        }
        catch (ArgumentException e)
        {
            throw Errors.Of("IRI", e.Message);
        }
    }

    /// <summary>BNODE(): a fresh blank node; BNODE(str): the same blank node for the same string within a solution.</summary>
    public static Term Bnode(Term? arg, FunctionContext context)
    {
        if (arg is null)
        {
            return BlankNode.CreateUnique();
        }
        string key = TermValues.RequireSimpleString(arg, "BNODE");
        if (!context.BlankNodeScope.TryGetValue(key, out BlankNode? node))
        {
            node = BlankNode.CreateUnique();
            context.BlankNodeScope[key] = node;
        }
        return node;
    }

    public static Term StrDt(Term lexical, Term datatype)
    {
        string text = TermValues.RequireSimpleString(lexical, "STRDT");
        if (datatype is not Iri iri)
        {
            throw Errors.Type("STRDT", "an IRI", datatype);
        }
        if (iri.Equals(RdfVocab.LangString) || iri.Equals(RdfVocab.DirLangString))
        {
            throw Errors.Of("STRDT", "rdf:langString needs a language tag; use STRLANG");
        }
        return Literal.Typed(text, iri);
    }

    public static Term StrLang(Term lexical, Term language)
    {
        string text = TermValues.RequireSimpleString(lexical, "STRLANG");
        string tag = TermValues.RequireSimpleString(language, "STRLANG");
        if (!IsLanguageTag(tag))
        {
            throw Errors.Of("STRLANG", $"'{tag}' is not a language tag");
        }
        return Literal.LanguageTagged(text, tag);
    }

    public static Term Rand(FunctionContext context) => Literals.Double(context.Random.NextDouble());

    public static Term Uuid(FunctionContext context) => new Iri("urn:uuid:" + NewUuid(context.Random));

    public static Term StrUuid(FunctionContext context) => Literals.String(NewUuid(context.Random));

    /// <summary>A version 4 (random) UUID drawn from the query's generator, in lower case.</summary>
    private static string NewUuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        string hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    /// <summary>The BCP 47 shape the SPARQL grammar gives LANGTAG: letters, then hyphen-separated letter-digit subtags.</summary>
    private static bool IsLanguageTag(string tag)
    {
        string[] parts = tag.Split('-');
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i];
            if (part.Length is 0 or > 8)
            {
                return false;
            }
            foreach (char c in part)
            {
                if (!(char.IsAsciiLetter(c) || (i > 0 && char.IsAsciiDigit(c))))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
