using System.Buffers;

namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>
/// The character classes of the Turtle grammar (PN_CHARS_BASE and friends,
/// <see href="https://www.w3.org/TR/turtle/#grammar-production-PN_CHARS_BASE"/>), on code points.
/// </summary>
internal static class TurtleCharClasses
{
    /// <summary>
    /// The characters no IRI may hold (controls, space and <c>&lt;&gt;"{}|^`\</c>, as IriSyntax.IsForbidden); they
    /// are also exactly where a plain run inside an IRIREF ends.
    /// </summary>
    public static readonly SearchValues<char> IriForbidden = SearchValues.Create(
        "<>\\\"{}|^`\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u0020");

    /// <summary>PN_CHARS_BASE.</summary>
    public static bool IsPnCharsBase(int c) =>
        c is >= 'A' and <= 'Z'
        or >= 'a' and <= 'z'
        or >= 0x00C0 and <= 0x00D6
        or >= 0x00D8 and <= 0x00F6
        or >= 0x00F8 and <= 0x02FF
        or >= 0x0370 and <= 0x037D
        or >= 0x037F and <= 0x1FFF
        or >= 0x200C and <= 0x200D
        or >= 0x2070 and <= 0x218F
        or >= 0x2C00 and <= 0x2FEF
        or >= 0x3001 and <= 0xD7FF
        or >= 0xF900 and <= 0xFDCF
        or >= 0xFDF0 and <= 0xFFFD
        or >= 0x10000 and <= 0xEFFFF;

    /// <summary>PN_CHARS_U: PN_CHARS_BASE or underscore.</summary>
    public static bool IsPnCharsU(int c) => c == '_' || IsPnCharsBase(c);

    /// <summary>PN_CHARS: PN_CHARS_U, hyphen, digits and a few combining characters.</summary>
    public static bool IsPnChars(int c) =>
        IsPnCharsU(c)
        || c is '-' or >= '0' and <= '9' or 0x00B7 or >= 0x0300 and <= 0x036F or >= 0x203F and <= 0x2040;

    /// <summary>The characters PN_LOCAL_ESC lets a backslash escape in a local name.</summary>
    public static bool IsLocalEscapable(int c) =>
        c is '_' or '~' or '.' or '-' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ','
            or ';' or '=' or '/' or '?' or '#' or '@' or '%';

    /// <summary>Whether the character is a hexadecimal digit.</summary>
    public static bool IsHex(int c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    /// <summary>Whether the character is an ASCII digit.</summary>
    public static bool IsDigit(int c) => c is >= '0' and <= '9';

    /// <summary>Whether the character is Turtle white space (WS).</summary>
    public static bool IsWhiteSpace(int c) => c is ' ' or '\t' or '\r' or '\n';
}
