using System.Globalization;

namespace KnowledgeGraph.Rdf.Iris;

/// <summary>Checks the syntax of absolute IRIs: a scheme, and none of the characters RFC 3987 excludes.</summary>
public static class IriSyntax
{
    /// <summary>Whether <paramref name="value"/> is an absolute IRI.</summary>
    public static bool IsAbsolute(string value) => FindProblem(value) is null;

    /// <summary>Describes why <paramref name="value"/> is not an absolute IRI, or returns null when it is one.</summary>
    public static string? FindProblem(string value)
    {
        if (value.Length == 0)
        {
            return "it is empty";
        }
        if (!HasScheme(value))
        {
            return "it has no scheme (a relative reference must be resolved against a base IRI first)";
        }
        foreach (char c in value)
        {
            if (IsForbidden(c))
            {
                return c <= ' '
                    ? $"it contains the control or space character U+{(int)c:X4}".ToString(CultureInfo.InvariantCulture)
                    : $"it contains the character '{c}', which IRIs do not allow";
            }
        }
        return null;
    }

    /// <summary>Whether the character may never appear in an IRI (controls, space, <c>&lt;&gt;"{}|^`\</c>).</summary>
    public static bool IsForbidden(char c) =>
        c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\';

    /// <summary>Whether the string starts with <c>scheme ":"</c>, scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ).</summary>
    public static bool HasScheme(string value) => SchemeLength(value) > 0;

    /// <summary>The length of the scheme (without the colon), or 0 when there is none.</summary>
    public static int SchemeLength(ReadOnlySpan<char> value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0]))
        {
            return 0;
        }
        for (int i = 1; i < value.Length; i++)
        {
            char c = value[i];
            if (c == ':')
            {
                return i;
            }
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return 0;
            }
        }
        return 0;
    }
}
