using System.Runtime.CompilerServices;
using System.Text;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.NTriples.Internal;

/// <summary>IRIs and blank nodes, looked up by their raw bytes in small per-reader caches before anything is decoded.</summary>
internal sealed partial class NTriplesParser
{
    // Separate caches so the many one-off subjects and objects do not evict the few predicates and datatypes.
    private readonly Utf8TermCache<Iri> _iris = new(4096);
    private readonly Utf8TermCache<Iri> _predicates = new(512);
    private readonly Utf8TermCache<Iri> _datatypes = new(128);
    private readonly Utf8TermCache<BlankNode> _blankNodes = new(2048);
    private readonly Utf8TermCache<string> _languages = new(128);
    private const int MaxIriTokenLength = 80;

    private char[] _chars = new char[256];

    /// <summary><c>IRIREF ::= '&lt;' ([^#x00-#x20&lt;&gt;"{}|^`\] | UCHAR)* '&gt;'</c>, which must be absolute.</summary>
    // Hot path: compiled fully optimised at once, as a single pass over a large file is the common use.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri ParseIri(ReadOnlySpan<byte> line, ref int i, Utf8TermCache<Iri> cache)
    {
        int start = i + 1;
        ReadOnlySpan<byte> rest = line[start..];
        int length = rest.IndexOf((byte)'>');
        if (length >= 0)
        {
            // Look the bytes up before checking them: a cached IRI was checked when it was first seen.
            ReadOnlySpan<byte> raw = rest[..length];
            int hash = Utf8TermCache<Iri>.Hash(raw);
            Iri? iri = cache.Find(raw, hash);
            if (iri is not null)
            {
                i = start + length + 1;
                return iri;
            }
            if (raw.IndexOfAny(NTriplesSyntax.IriSpecialBytes) < 0)
            {
                if (NTriplesSyntax.SchemeLength(raw) == 0)
                {
                    throw RelativeIriError(line, i, raw.Length + 2);
                }
                iri = new Iri(Decode(line, start, length));
                cache.Add(raw, hash, iri);
                i = start + length + 1;
                return iri;
            }
        }
        // Escapes, forbidden characters or no '>': the careful path finds which.
        return ParseEscapedIri(line, ref i);
    }

    /// <summary>The slow path for IRIs with UCHAR escapes; not cached, as such IRIs are rare.</summary>
    private Iri ParseEscapedIri(ReadOnlySpan<byte> line, ref int i)
    {
        int open = i;
        int j = i + 1;
        var text = new StringBuilder();
        while (true)
        {
            int length = line[j..].IndexOfAnyExcept(NTriplesSyntax.IriPlainBytes);
            if (length < 0)
            {
                throw Error(line, open, "unterminated IRI: expected '>' to close it before the end of the line");
            }
            text.Append(Decode(line, j, length));
            j += length;
            byte b = line[j];
            if (b == '>')
            {
                break;
            }
            if (b != '\\')
            {
                throw Error(line, j, b <= ' '
                    ? $"IRIs may not contain spaces or control characters (U+{b:X4}); expected '>' to close the IRI"
                    : $"IRIs may not contain '{(char)b}'; expected '>' to close the IRI");
            }
            int escape = j;
            int codePoint = ParseUchar(line, ref j, "IRIs allow only \\u and \\U escapes");
            if (codePoint <= 0xFFFF && IriSyntax.IsForbidden((char)codePoint))
            {
                throw Error(line, escape, $"the escape produces U+{codePoint:X4}, which IRIs may not contain");
            }
            text.Append(char.ConvertFromUtf32(codePoint));
        }
        string value = text.ToString();
        if (!IriSyntax.HasScheme(value))
        {
            throw RelativeIriError(line, open, j + 1 - open);
        }
        i = j + 1;
        return new Iri(value);
    }

    private RdfSyntaxException RelativeIriError(ReadOnlySpan<byte> line, int open, int length)
    {
        RdfSyntaxException error = Error(line, open, $"expected an absolute IRI (with a scheme); {_format} does not allow relative IRIs");
        // Long IRIs are shortened in the report; the column already says where the IRI starts.
        string token = Encoding.UTF8.GetString(line.Slice(open, length));
        if (token.Length > MaxIriTokenLength)
        {
            int cut = char.IsHighSurrogate(token[MaxIriTokenLength - 2]) ? MaxIriTokenLength - 2 : MaxIriTokenLength - 1;
            token = string.Concat(token.AsSpan(0, cut), "…");
        }
        return new RdfSyntaxException(error.Error with { Token = token });
    }

    /// <summary>
    /// <c>UCHAR ::= '\u' HEX{4} | '\U' HEX{8}</c> at <paramref name="j"/> (the backslash); moves past it and returns the
    /// code point. Surrogates are rejected, except a high one followed at once by an escaped low one (a UTF-16 pair).
    /// </summary>
    private int ParseUchar(ReadOnlySpan<byte> line, ref int j, string otherEscapeMessage)
    {
        int escape = j;
        int codePoint = ReadHexEscape(line, ref j, otherEscapeMessage);
        if (codePoint is >= 0xD800 and <= 0xDBFF && j + 1 < line.Length && line[j] == '\\' && line[j + 1] == 'u')
        {
            int next = j;
            int low = ReadHexEscape(line, ref next, otherEscapeMessage);
            if (low is >= 0xDC00 and <= 0xDFFF)
            {
                j = next;
                return char.ConvertToUtf32((char)codePoint, (char)low);
            }
        }
        if (codePoint is >= 0xD800 and <= 0xDFFF || codePoint > 0x10FFFF)
        {
            throw Error(line, escape, $"the escape U+{codePoint:X4} is not a Unicode scalar value");
        }
        return codePoint;
    }

    private int ReadHexEscape(ReadOnlySpan<byte> line, ref int j, string otherEscapeMessage)
    {
        int escape = j;
        if (j + 1 >= line.Length || line[j + 1] is not ((byte)'u' or (byte)'U'))
        {
            throw Error(line, escape, otherEscapeMessage);
        }
        int digits = line[j + 1] == 'u' ? 4 : 8;
        j += 2;
        int value = 0;
        for (int k = 0; k < digits; k++, j++)
        {
            int digit = j < line.Length ? NTriplesSyntax.HexValue(line[j]) : -1;
            if (digit < 0)
            {
                throw Error(line, escape, $"expected {digits} hexadecimal digits in the \\{(char)line[escape + 1]} escape");
            }
            value = (value << 4) | digit;
        }
        return value;
    }

    /// <summary><c>BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?</c></summary>
    // Hot path: compiled fully optimised at once, as a single pass over a large file is the common use.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BlankNode ParseBlankNode(ReadOnlySpan<byte> line, ref int i)
    {
        if (i + 1 >= line.Length || line[i + 1] != ':')
        {
            throw Error(line, i, "expected '_:' to start a blank node label");
        }
        int start = i + 2;
        int j = start;
        if (j < line.Length && line[j] < 0x80)
        {
            if (!NTriplesSyntax.IsLabelStart(line[j]))
            {
                throw Error(line, start, "expected a blank node label after '_:'");
            }
            int ascii = line[(j + 1)..].IndexOfAnyExcept(NTriplesSyntax.LabelAsciiBytes);
            j = ascii < 0 ? line.Length : j + 1 + ascii;
        }
        while (j < line.Length)
        {
            // Non-ASCII characters (rare in labels) are decoded and checked one by one.
            byte b = line[j];
            int width = 1;
            int c = b;
            if (b >= 0x80)
            {
                if (System.Text.Rune.DecodeFromUtf8(line[j..], out System.Text.Rune rune, out width) != System.Buffers.OperationStatus.Done)
                {
                    throw Error(line, j, "malformed UTF-8");
                }
                c = rune.Value;
            }
            if (j == start ? !NTriplesSyntax.IsLabelStart(c) : !NTriplesSyntax.IsLabelChar(c))
            {
                break;
            }
            j += width;
        }
        // A label may contain '.' but not end with one: a final '.' ends the statement.
        while (j > start && line[j - 1] == '.')
        {
            j--;
        }
        if (j == start)
        {
            throw Error(line, start, "expected a blank node label after '_:'");
        }
        ReadOnlySpan<byte> raw = line[start..j];
        int hash = Utf8TermCache<BlankNode>.Hash(raw);
        BlankNode? node = _blankNodes.Find(raw, hash);
        if (node is null)
        {
            string label = Decode(line, start, j - start);
            node = new BlankNode(label);
            _blankNodes.Add(raw, hash, node);
        }
        i = j;
        return node;
    }

    /// <summary>Decodes UTF-8 from the line, reporting malformed bytes as a syntax error at their position.</summary>
    // Hot path: compiled fully optimised at once, as a single pass over a large file is the common use.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string Decode(ReadOnlySpan<byte> line, int start, int length)
    {
        try
        {
            return NTriplesSyntax.StrictUtf8.GetString(line.Slice(start, length));
        }
        catch (DecoderFallbackException)
        {
            System.Text.Unicode.Utf8.ToUtf16(line.Slice(start, length), new char[length], out int valid, out _, replaceInvalidSequences: false);
            throw Error(line, start + valid, "malformed UTF-8");
        }
    }
}
