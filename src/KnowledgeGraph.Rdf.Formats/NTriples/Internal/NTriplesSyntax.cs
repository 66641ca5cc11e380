using System.Buffers;
using System.Text;

namespace KnowledgeGraph.Rdf.Formats.NTriples.Internal;

/// <summary>Character classes of the N-Triples grammar (<see href="https://www.w3.org/TR/rdf12-n-triples/#n-triples-grammar"/>), on UTF-8 bytes.</summary>
internal static class NTriplesSyntax
{
    /// <summary>The longest language subtag BCP 47 allows.</summary>
    public const int MaxSubtagLength = 8;

    /// <summary>Bytes that may appear unescaped in IRIREF, other than the closing <c>&gt;</c> and the escape <c>\</c>.</summary>
    public static readonly SearchValues<byte> IriPlainBytes = SearchValues.Create(BuildIriPlainBytes());

    /// <summary>The ASCII bytes IRIREF forbids unescaped (controls, space, <c>&lt;&gt;"{}|^`\</c>), the escape included.</summary>
    public static readonly SearchValues<byte> IriSpecialBytes = SearchValues.Create(BuildIriSpecialBytes());

    /// <summary>The ASCII bytes that may continue a blank node label (letters, digits, '_', '-', '.').</summary>
    public static readonly SearchValues<byte> LabelAsciiBytes =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-."u8);

    /// <summary>Decodes UTF-8 and throws <see cref="DecoderFallbackException"/> on malformed input.</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether the byte is N-Triples white space (space or tab).</summary>
    public static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\t';

    /// <summary>PN_CHARS_BASE without the ASCII letters, for non-ASCII code points.</summary>
    public static bool IsPnCharsBase(int c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z'
            or >= 0x00C0 and <= 0x00D6 or >= 0x00D8 and <= 0x00F6 or >= 0x00F8 and <= 0x02FF
            or >= 0x0370 and <= 0x037D or >= 0x037F and <= 0x1FFF or >= 0x200C and <= 0x200D
            or >= 0x2070 and <= 0x218F or >= 0x2C00 and <= 0x2FEF or >= 0x3001 and <= 0xD7FF
            or >= 0xF900 and <= 0xFDCF or >= 0xFDF0 and <= 0xFFFD or >= 0x10000 and <= 0xEFFFF;

    /// <summary>Whether the code point may start a blank node label: PN_CHARS_U (without ':', per the RDF 1.2 grammar) or a digit.</summary>
    public static bool IsLabelStart(int c) => IsPnCharsBase(c) || c == '_' || c is >= '0' and <= '9';

    /// <summary>Whether the code point may continue a blank node label: PN_CHARS or '.'.</summary>
    public static bool IsLabelChar(int c) =>
        IsLabelStart(c) || c is '-' or '.' or 0x00B7 or >= 0x0300 and <= 0x036F or >= 0x203F and <= 0x2040;

    /// <summary>The value of a hexadecimal digit, or -1.</summary>
    public static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        _ => -1,
    };

    /// <summary>The length of an IRI scheme followed by ':' at the start of the bytes, or 0 when there is none.</summary>
    public static int SchemeLength(ReadOnlySpan<byte> iri)
    {
        if (iri.Length == 0 || !char.IsAsciiLetter((char)iri[0]))
        {
            return 0;
        }
        for (int i = 1; i < iri.Length; i++)
        {
            byte b = iri[i];
            if (b == ':')
            {
                return i;
            }
            if (!(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'+' or (byte)'-' or (byte)'.'))
            {
                return 0;
            }
        }
        return 0;
    }

    private static byte[] BuildIriSpecialBytes()
    {
        var bytes = new List<byte> { (byte)'<', (byte)'>', (byte)'"', (byte)'{', (byte)'}', (byte)'|', (byte)'^', (byte)'`', (byte)'\\' };
        for (int b = 0; b <= ' '; b++)
        {
            bytes.Add((byte)b);
        }
        return [.. bytes];
    }

    private static byte[] BuildIriPlainBytes()
    {
        var bytes = new List<byte>();
        for (int b = 0x21; b <= 0xFF; b++)
        {
            if (b is not ('<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\'))
            {
                bytes.Add((byte)b);
            }
        }
        return [.. bytes];
    }
}
