using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>REGEX and REPLACE (SPARQL 1.1 sections 17.4.3.14 and 17.4.3.15) over XPath regular expressions.</summary>
internal sealed class RegexFunctions
{
    private readonly RegexCache _cache;

    public RegexFunctions(RegexCache cache) => _cache = cache;

    public Term Regex(Term text, Term pattern, Term? flags)
    {
        Literal input = TermValues.RequireStringLiteral(text, "REGEX");
        Regex regex = _cache.Get(
            TermValues.RequireSimpleString(pattern, "REGEX"),
            flags is null ? string.Empty : TermValues.RequireSimpleString(flags, "REGEX"),
            "REGEX",
            out _);
        try
        {
            return Literals.Boolean(regex.IsMatch(input.LexicalForm));
        }
        catch (RegexMatchTimeoutException)
        {
            throw Errors.Of("REGEX", "the match took too long");
        }
    }

    public Term Replace(Term text, Term pattern, Term replacement, Term? flags)
    {
        Literal input = TermValues.RequireStringLiteral(text, "REPLACE");
        string flagText = flags is null ? string.Empty : TermValues.RequireSimpleString(flags, "REPLACE");
        Regex regex = _cache.Get(TermValues.RequireSimpleString(pattern, "REPLACE"), flagText, "REPLACE", out bool matchesEmpty);
        if (matchesEmpty)
        {
            throw Errors.Of("REPLACE", "the pattern matches the empty string");
        }
        string with = TermValues.RequireSimpleString(replacement, "REPLACE");
        string netReplacement = flagText.Contains('q', StringComparison.Ordinal)
            ? with.Replace("$", "$$", StringComparison.Ordinal)
            : TranslateReplacement(with, regex.GetGroupNumbers().Length - 1);
        try
        {
            return Literals.LikeArgument(regex.Replace(input.LexicalForm, netReplacement), input);
        }
        catch (RegexMatchTimeoutException)
        {
            throw Errors.Of("REPLACE", "the match took too long");
        }
    }

    /// <summary>
    /// XPath replacement strings know only <c>$n</c> (group n, empty when the group did not match or does not exist)
    /// and the escapes <c>\$</c> and <c>\\</c>; everything else .NET would interpret (<c>$&amp;</c>, <c>${name}</c>...) is quoted.
    /// </summary>
    private static string TranslateReplacement(string replacement, int groupCount)
    {
        if (!replacement.AsSpan().ContainsAny('$', '\\'))
        {
            return replacement;
        }
        var sb = new StringBuilder(replacement.Length + 8);
        for (int i = 0; i < replacement.Length; i++)
        {
            char c = replacement[i];
            if (c == '\\')
            {
                if (i + 1 < replacement.Length && replacement[i + 1] is '\\' or '$')
                {
                    sb.Append(replacement[i + 1] == '$' ? "$$" : "\\");
                    i++;
                    continue;
                }
                throw Errors.Of("REPLACE", "a '\\' in the replacement must escape '\\' or '$'");
            }
            if (c == '$')
            {
                if (i + 1 >= replacement.Length || !char.IsAsciiDigit(replacement[i + 1]))
                {
                    throw Errors.Of("REPLACE", "a '$' in the replacement must be followed by a group number");
                }
                int number = replacement[++i] - '0';
                while (i + 1 < replacement.Length && char.IsAsciiDigit(replacement[i + 1]) && number * 10 + (replacement[i + 1] - '0') <= groupCount)
                {
                    number = number * 10 + (replacement[++i] - '0');
                }
                if (number <= groupCount)
                {
                    sb.Append("${").Append(number).Append('}');
                }
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
