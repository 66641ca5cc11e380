using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>
/// SPARQL processes <c>\uXXXX</c> and <c>\UXXXXXXXX</c> anywhere in the text before parsing (section 19.2). One pass,
/// so an escape that produces a backslash never starts another escape.
/// </summary>
internal static class CodepointUnescaper
{
    public static string Unescape(string text)
    {
        int first = text.IndexOf('\\', StringComparison.Ordinal);
        if (first < 0)
        {
            return text;
        }
        var output = new StringBuilder(text.Length);
        output.Append(text, 0, first);
        int line = 1 + CountLines(text, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                line++;
            }
            if (c == '\\' && i + 1 < text.Length && (text[i + 1] == 'u' || text[i + 1] == 'U'))
            {
                int digits = text[i + 1] == 'u' ? 4 : 8;
                if (i + 2 + digits <= text.Length
                    && int.TryParse(text.AsSpan(i + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                {
                    if (code is >= 0xD800 and <= 0xDFFF || code > 0x10FFFF || code < 0)
                    {
                        throw new SparqlSyntaxException(line, 1 + i - LineStart(text, i), text.Substring(i, 2 + digits),
                            $"the escape {text.Substring(i, 2 + digits)} is not a Unicode scalar value");
                    }
                    output.Append(char.ConvertFromUtf32(code));
                    i += 1 + digits;
                    continue;
                }
            }
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '\\')
            {
                // An escaped backslash is kept as is, so "\\u0041" in a string stays a backslash followed by text.
                output.Append("\\\\");
                i++;
                continue;
            }
            output.Append(c);
        }
        return output.ToString();
    }

    private static int CountLines(string text, int end)
    {
        int count = 0;
        for (int i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                count++;
            }
        }
        return count;
    }

    private static int LineStart(string text, int index) => text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
}
