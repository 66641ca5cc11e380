namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>The character classes of SPARQL's terminals (grammar rules PN_CHARS_BASE, PN_CHARS, VARNAME...).</summary>
internal static class SparqlCharacters
{
    public static bool IsNameStartChar(char c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z'
        || c is >= '\u00C0' and <= '\u00D6' or >= '\u00D8' and <= '\u00F6' or >= '\u00F8' and <= '\u02FF'
        || c is >= '\u0370' and <= '\u037D' or >= '\u037F' and <= '\u1FFF' or >= '\u200C' and <= '\u200D'
        || c is >= '\u2070' and <= '\u218F' or >= '\u2C00' and <= '\u2FEF' or >= '\u3001' and <= '\uD7FF'
        || c is >= '\uF900' and <= '\uFDCF' or >= '\uFDF0' and <= '\uFFFD'
        || char.IsSurrogate(c); // [#x10000-#xEFFFF], checked as pairs by the reader of the text

    public static bool IsNameStartCharOrUnderscore(char c) => c == '_' || IsNameStartChar(c);

    public static bool IsNameChar(char c) =>
        IsNameStartCharOrUnderscore(c) || c == '-' || c is >= '0' and <= '9'
        || c == '\u00B7' || c is >= '\u0300' and <= '\u036F' or >= '\u203F' and <= '\u2040';

    public static bool IsVariableChar(char c) => c != '-' && IsNameChar(c);

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    /// <summary>Characters that may follow a backslash in a prefixed name's local part (rule PN_LOCAL_ESC).</summary>
    public static bool IsLocalEscapable(char c) => "_~.-!$&'()*+,;=/?#@%".Contains(c, StringComparison.Ordinal);

    public static bool IsIriChar(char c) => c > ' ' && "<>\"{}|^`\\".IndexOf(c, StringComparison.Ordinal) < 0;
}
