using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>
/// The functions on strings of SPARQL 1.1 section 17.4.3 (except REGEX and REPLACE), with the argument
/// compatibility rules of 17.4.3.1.2 and lengths and positions counted in code points, not UTF-16 units.
/// </summary>
internal static class StringFunctions
{
    public static Term Strlen(Term arg)
    {
        string s = TermValues.RequireStringLiteral(arg, "STRLEN").LexicalForm;
        return Literals.Integer(CodePointCount(s));
    }

    public static Term Ucase(Term arg)
    {
        Literal literal = TermValues.RequireStringLiteral(arg, "UCASE");
        return Literals.LikeArgument(FullCaseMapping.ToUpper(literal.LexicalForm), literal);
    }

    public static Term Lcase(Term arg)
    {
        Literal literal = TermValues.RequireStringLiteral(arg, "LCASE");
        return Literals.LikeArgument(FullCaseMapping.ToLower(literal.LexicalForm), literal);
    }

    public static Term Contains(Term arg1, Term arg2)
    {
        var (a, b) = Compatible(arg1, arg2, "CONTAINS");
        return Literals.Boolean(a.LexicalForm.Contains(b.LexicalForm, StringComparison.Ordinal));
    }

    public static Term StrStarts(Term arg1, Term arg2)
    {
        var (a, b) = Compatible(arg1, arg2, "STRSTARTS");
        return Literals.Boolean(a.LexicalForm.StartsWith(b.LexicalForm, StringComparison.Ordinal));
    }

    public static Term StrEnds(Term arg1, Term arg2)
    {
        var (a, b) = Compatible(arg1, arg2, "STRENDS");
        return Literals.Boolean(a.LexicalForm.EndsWith(b.LexicalForm, StringComparison.Ordinal));
    }

    /// <summary>The part before the first match; the empty simple literal when there is no match.</summary>
    public static Term StrBefore(Term arg1, Term arg2)
    {
        var (a, b) = Compatible(arg1, arg2, "STRBEFORE");
        int i = a.LexicalForm.IndexOf(b.LexicalForm, StringComparison.Ordinal);
        return i < 0 ? Literals.EmptyString : Literals.LikeArgument(a.LexicalForm[..i], a);
    }

    /// <summary>The part after the first match; the empty simple literal when there is no match.</summary>
    public static Term StrAfter(Term arg1, Term arg2)
    {
        var (a, b) = Compatible(arg1, arg2, "STRAFTER");
        int i = a.LexicalForm.IndexOf(b.LexicalForm, StringComparison.Ordinal);
        return i < 0 ? Literals.EmptyString : Literals.LikeArgument(a.LexicalForm[(i + b.LexicalForm.Length)..], a);
    }

    /// <summary>
    /// XPath <c>fn:substring</c>: the characters at 1-based code point positions p with
    /// round(start) &lt;= p &lt; round(start) + round(length).
    /// </summary>
    public static Term Substr(Term arg, Term start, Term? length)
    {
        Literal literal = TermValues.RequireStringLiteral(arg, "SUBSTR");
        double first = ArithmeticFunctions.RoundHalfUp(TermValues.RequireNumeric(start, "SUBSTR").AsDouble());
        double end = length is null
            ? double.PositiveInfinity
            : first + ArithmeticFunctions.RoundHalfUp(TermValues.RequireNumeric(length, "SUBSTR").AsDouble());
        string s = literal.LexicalForm;
        if (double.IsNaN(first) || double.IsNaN(end))
        {
            return Literals.LikeArgument("", literal);
        }
        var sb = new StringBuilder();
        int position = 1;
        for (int i = 0; i < s.Length; position++)
        {
            int width = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            if (position >= first && position < end)
            {
                sb.Append(s, i, width);
            }
            i += width;
        }
        return Literals.LikeArgument(sb.ToString(), literal);
    }

    /// <summary>Concatenation; the result keeps a language tag only when every argument has that same tag.</summary>
    public static Term Concat(IReadOnlyList<Term> args)
    {
        if (args.Count == 0)
        {
            return Literals.EmptyString;
        }
        var sb = new StringBuilder();
        string? language = null;
        bool sameLanguage = true;
        for (int i = 0; i < args.Count; i++)
        {
            Literal literal = TermValues.RequireStringLiteral(args[i], "CONCAT");
            sb.Append(literal.LexicalForm);
            if (i == 0)
            {
                language = literal.Language;
            }
            else if (!string.Equals(language, literal.Language, StringComparison.OrdinalIgnoreCase))
            {
                sameLanguage = false;
            }
        }
        string text = sb.ToString();
        return sameLanguage && !string.IsNullOrEmpty(language) ? Literal.LanguageTagged(text, language) : Literals.String(text);
    }

    /// <summary>Percent-encodes every UTF-8 byte except the RFC 3986 unreserved characters.</summary>
    public static Term EncodeForUri(Term arg)
    {
        string s = TermValues.RequireStringLiteral(arg, "ENCODE_FOR_URI").LexicalForm;
        var sb = new StringBuilder(s.Length * 3);
        Span<byte> buffer = stackalloc byte[4];
        foreach (Rune rune in s.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '-' or '_' or '.' or '~'))
            {
                sb.Append((char)rune.Value);
                continue;
            }
            int n = rune.EncodeToUtf8(buffer);
            for (int i = 0; i < n; i++)
            {
                sb.Append('%').Append(buffer[i].ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return Literals.String(sb.ToString());
    }

    /// <summary>Counts code points, treating a well-formed surrogate pair as one.</summary>
    public static int CodePointCount(string s)
    {
        int count = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                count--;
                i++;
            }
        }
        return count;
    }

    /// <summary>
    /// Section 17.4.3.1.2: both simple/xsd:string, both tagged with the same language, or a tagged first argument
    /// with a simple/xsd:string second one.
    /// </summary>
    public static (Literal First, Literal Second) Compatible(Term arg1, Term arg2, string function)
    {
        Literal a = TermValues.RequireStringLiteral(arg1, function);
        Literal b = TermValues.RequireStringLiteral(arg2, function);
        if (b.HasLanguage && !string.Equals(a.Language, b.Language, StringComparison.OrdinalIgnoreCase))
        {
            throw Errors.Of(function, $"the arguments {a} and {b} are not compatible");
        }
        return (a, b);
    }
}
