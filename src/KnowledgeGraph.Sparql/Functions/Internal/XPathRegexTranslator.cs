using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>
/// Translates an XPath/XSD regular expression with its flags (<see href="https://www.w3.org/TR/xpath-functions/#regex-syntax"/>)
/// into an equivalent .NET pattern and options. The dialects mostly agree; the differences handled here are: <c>$</c>
/// (XPath: end of input only; .NET also before a final newline), <c>.</c> (XPath excludes both \n and \r), <c>\s</c>
/// and <c>\w</c> (different sets), <c>\i</c>/<c>\c</c> (XML name characters, unknown to .NET), the <c>x</c> and <c>q</c>
/// flags, and escapes or groups that .NET accepts but XPath forbids (<c>\b</c>, <c>(?=</c>...), which are errors.
/// </summary>
internal static class XPathRegexTranslator
{
    private const string XPathWhitespace = " \t\n\r";
    private const string NameStart = @"\p{L}\p{Nl}_:";
    private const string NameChar = @"\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Lm}_:.\-\u00B7";

    /// <summary>The translated pattern and options, and whether it uses back-references.</summary>
    public readonly record struct Translation(string Pattern, RegexOptions Options, bool HasBackReferences);

    /// <summary>Translates, or throws <see cref="FormatException"/> for invalid flags or syntax.</summary>
    public static Translation Translate(string pattern, string flags)
    {
        RegexOptions options = RegexOptions.CultureInvariant;
        bool dotAll = false, multiline = false, extended = false, literal = false;
        foreach (char f in flags)
        {
            switch (f)
            {
                case 's': dotAll = true; break;
                case 'm': multiline = true; options |= RegexOptions.Multiline; break;
                case 'i': options |= RegexOptions.IgnoreCase; break;
                case 'x': extended = true; break;
                case 'q': literal = true; break;
                default: throw new FormatException($"unknown regular expression flag '{f}'");
            }
        }
        if (literal)
        {
            return new Translation(Regex.Escape(pattern), options & ~RegexOptions.Multiline, false);
        }
        var sb = new StringBuilder(pattern.Length + 16);
        bool backReferences = false;
        int classDepth = 0;
        int groups = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (extended && classDepth == 0 && XPathWhitespace.Contains(c, StringComparison.Ordinal))
            {
                continue;
            }
            switch (c)
            {
                case '\\':
                    i = TranslateEscape(pattern, i, classDepth > 0, groups, sb, ref backReferences);
                    break;
                case '[':
                    if (classDepth > 0 && (i == 0 || pattern[i - 1] != '-'))
                    {
                        throw new FormatException("'[' inside a character class must be escaped");
                    }
                    classDepth++;
                    sb.Append('[');
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        sb.Append('^');
                        i++;
                    }
                    break;
                case ']':
                    if (classDepth == 0)
                    {
                        throw new FormatException("unbalanced ']'");
                    }
                    classDepth--;
                    sb.Append(']');
                    break;
                case '.' when classDepth == 0:
                    // A surrogate pair is one character to XPath, so '.' consumes it whole and never half of one.
                    sb.Append(dotAll ? @"(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\uD800-\uDFFF])" : @"(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\n\r\uD800-\uDFFF])");
                    break;
                case '$' when classDepth == 0:
                    // XPath's $ is the end of the input; .NET's also matches before a final \n. With the m flag both
                    // dialects mean "before any \n or at the end".
                    sb.Append(multiline ? "$" : @"\z");
                    break;
                case '(' when classDepth == 0:
                    if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                    {
                        if (i + 2 < pattern.Length && pattern[i + 2] == ':')
                        {
                            sb.Append("(?:");
                            i += 2;
                            break;
                        }
                        throw new FormatException("'(?' groups are not XPath syntax");
                    }
                    groups++;
                    sb.Append('(');
                    break;
                case '{' when classDepth == 0:
                    int close = pattern.IndexOf('}', i);
                    if (close < 0 || !IsQuantifierBody(pattern.AsSpan(i + 1, close - i - 1)))
                    {
                        throw new FormatException("'{' must start a quantifier");
                    }
                    sb.Append(pattern, i, close - i + 1);
                    i = close;
                    break;
                case '}' when classDepth == 0:
                    throw new FormatException("unbalanced '}'");
                case '#' or ' ' when classDepth == 0:
                    // Literal in XPath; escaped so that it stays literal whatever options .NET is given.
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        if (classDepth != 0)
        {
            throw new FormatException("unbalanced '['");
        }
        return new Translation(sb.ToString(), options, backReferences);
    }

    private static int TranslateEscape(string pattern, int i, bool inClass, int groups, StringBuilder sb, ref bool backReferences)
    {
        if (i + 1 >= pattern.Length)
        {
            throw new FormatException("trailing '\\'");
        }
        char e = pattern[i + 1];
        switch (e)
        {
            case 'n' or 'r' or 't' or '\\' or '|' or '.' or '-' or '^' or '?' or '*' or '+' or '{' or '}' or '(' or ')' or '[' or ']' or '$':
                sb.Append('\\').Append(e);
                return i + 1;
            case 'd' or 'D':
                sb.Append('\\').Append(e);
                return i + 1;
            case 's':
                sb.Append(inClass ? @" \t\n\r" : @"[ \t\n\r]");
                return i + 1;
            case 'S':
                sb.Append(inClass ? @"\S" : @"[^ \t\n\r]");
                return i + 1;
            case 'w':
                sb.Append(inClass ? @"\w" : @"[^\p{P}\p{Z}\p{C}]");
                return i + 1;
            case 'W':
                sb.Append(inClass ? @"\W" : @"[\p{P}\p{Z}\p{C}]");
                return i + 1;
            case 'i':
                sb.Append(inClass ? NameStart : "[" + NameStart + "]");
                return i + 1;
            case 'I':
                if (inClass)
                {
                    throw new FormatException(@"\I inside a character class is not supported");
                }
                sb.Append("[^" + NameStart + "]");
                return i + 1;
            case 'c':
                sb.Append(inClass ? NameChar : "[" + NameChar + "]");
                return i + 1;
            case 'C':
                if (inClass)
                {
                    throw new FormatException(@"\C inside a character class is not supported");
                }
                sb.Append("[^" + NameChar + "]");
                return i + 1;
            case 'p' or 'P':
                int close = pattern.IndexOf('}', i);
                if (i + 2 >= pattern.Length || pattern[i + 2] != '{' || close < 0)
                {
                    throw new FormatException(@"\p must be followed by {name}");
                }
                sb.Append(pattern, i, close - i + 1);
                return close;
            case >= '1' and <= '9' when !inClass:
                // XPath takes as many digits as still name an existing group.
                int j = i + 1;
                int number = e - '0';
                while (j + 1 < pattern.Length && char.IsAsciiDigit(pattern[j + 1]) && number * 10 + (pattern[j + 1] - '0') <= groups)
                {
                    number = number * 10 + (pattern[j + 1] - '0');
                    j++;
                }
                if (number > groups)
                {
                    throw new FormatException($"back-reference \\{number} to a group not yet closed");
                }
                backReferences = true;
                sb.Append(@"(?:\").Append(number).Append(')');
                return j;
            default:
                throw new FormatException($"'\\{e}' is not an XPath escape");
        }
    }

    private static bool IsQuantifierBody(ReadOnlySpan<char> body)
    {
        int comma = body.IndexOf(',');
        ReadOnlySpan<char> min = comma < 0 ? body : body[..comma];
        ReadOnlySpan<char> max = comma < 0 ? [] : body[(comma + 1)..];
        return min.Length > 0 && !min.ContainsAnyExceptInRange('0', '9') && !max.ContainsAnyExceptInRange('0', '9');
    }
}
