using System.Runtime.CompilerServices;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.NTriples.Internal;

/// <summary>Literals: <c>STRING_LITERAL_QUOTE ('^^' IRIREF | LANG_DIR)?</c>.</summary>
internal sealed partial class NTriplesParser
{
    private const int MaxCachedLexicalBytes = 16;

    private readonly Utf8TermCache<Literal> _literals = new(1024);

    // Hot path: compiled fully optimised at once, as a single pass over a large file is the common use.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Literal ParseLiteral(ReadOnlySpan<byte> line, ref int i)
    {
        int quote = i;
        int start = i + 1;
        ReadOnlySpan<byte> rest = line[start..];
        int length = rest.IndexOfAny((byte)'"', (byte)'\\');
        // Without escapes the lexical form is decoded last, so a cached literal needs no decoding at all.
        string? lexicalForm = null;
        if (length >= 0 && rest[length] == '"')
        {
            i = start + length + 1;
        }
        else if (length < 0)
        {
            throw Error(line, i, "unterminated string: expected '\"' to close it before the end of the line");
        }
        else
        {
            lexicalForm = ParseEscapedString(line, ref i);
        }

        Iri datatype = Xsd.String;
        string language = string.Empty;
        var direction = BaseDirection.None;
        int j = SkipWhiteSpace(line, i);
        if (j < line.Length)
        {
            byte b = line[j];
            if (b == '@')
            {
                language = ParseLanguageTag(line, ref j, out direction);
                datatype = direction == BaseDirection.None ? RdfVocab.LangString : RdfVocab.DirLangString;
                i = j;
            }
            else if (b == '^')
            {
                if (j + 1 >= line.Length || line[j + 1] != '^')
                {
                    throw Error(line, j, "expected '^^' before the datatype IRI");
                }
                j = SkipWhiteSpace(line, j + 2);
                if (j >= line.Length || line[j] != '<' || (j + 1 < line.Length && line[j + 1] == '<'))
                {
                    throw Error(line, j, "expected a datatype IRI after '^^'");
                }
                int datatypeStart = j;
                datatype = ParseIri(line, ref j, _datatypes);
                if (datatype.Equals(RdfVocab.LangString) || datatype.Equals(RdfVocab.DirLangString))
                {
                    throw Error(line, datatypeStart, "a literal with datatype rdf:langString or rdf:dirLangString must be written with a language tag, not '^^'");
                }
                i = j;
            }
        }
        if (lexicalForm is null)
        {
            if (length <= MaxCachedLexicalBytes)
            {
                // Short literals (numbers, years, codes) repeat often: cache them whole, keyed by their text.
                ReadOnlySpan<byte> raw = line[quote..i];
                int hash = Utf8TermCache<Literal>.Hash(raw);
                Literal? cached = _literals.Find(raw, hash);
                if (cached is null)
                {
                    cached = new Literal(length == 0 ? string.Empty : Decode(line, start, length), datatype, language, direction);
                    _literals.Add(raw, hash, cached);
                }
                return cached;
            }
            lexicalForm = Decode(line, start, length);
        }
        return new Literal(lexicalForm, datatype, language, direction);
    }

    /// <summary>The slow path for strings with ECHAR or UCHAR escapes, decoded into a reusable character buffer.</summary>
    private string ParseEscapedString(ReadOnlySpan<byte> line, ref int i)
    {
        int j = i + 1;
        int count = 0;
        while (true)
        {
            int length = line[j..].IndexOfAny((byte)'"', (byte)'\\');
            if (length < 0)
            {
                throw Error(line, i, "unterminated string: expected '\"' to close it before the end of the line");
            }
            if (length > 0)
            {
                EnsureChars(count + length);
                count += DecodeInto(line, j, length, count);
                j += length;
            }
            if (line[j] == '"')
            {
                break;
            }
            EnsureChars(count + 2);
            byte e = j + 1 < line.Length ? line[j + 1] : (byte)0;
            char c = e switch
            {
                (byte)'t' => '\t',
                (byte)'b' => '\b',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'f' => '\f',
                (byte)'"' => '"',
                (byte)'\'' => '\'',
                (byte)'\\' => '\\',
                _ => '\0',
            };
            if (c != '\0')
            {
                _chars[count++] = c;
                j += 2;
                continue;
            }
            int codePoint = ParseUchar(line, ref j, "expected an escape: \\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX or \\UXXXXXXXX");
            count += new System.Text.Rune(codePoint).EncodeToUtf16(_chars.AsSpan(count));
        }
        i = j + 1;
        return new string(_chars, 0, count);
    }

    private int DecodeInto(ReadOnlySpan<byte> line, int start, int length, int at)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(line.Slice(start, length), _chars.AsSpan(at), out int read, out int written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            throw Error(line, start + read, "malformed UTF-8");
        }
        return written;
    }

    private void EnsureChars(int needed)
    {
        if (needed > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(needed, _chars.Length * 2));
        }
    }

    /// <summary>
    /// <c>LANG_DIR ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)* ('--' ('ltr' | 'rtl'))?</c>, with subtags of at most 8
    /// characters as BCP 47 requires. The tag keeps the case it was written in.
    /// </summary>
    // Hot path: compiled fully optimised at once, as a single pass over a large file is the common use.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string ParseLanguageTag(ReadOnlySpan<byte> line, ref int j, out BaseDirection direction)
    {
        int start = j + 1;
        int k = start;
        while (k < line.Length && char.IsAsciiLetter((char)line[k]))
        {
            k++;
        }
        if (k == start)
        {
            throw Error(line, start, "expected a language tag (letters) after '@'");
        }
        if (k - start > NTriplesSyntax.MaxSubtagLength)
        {
            throw Error(line, start, $"a language subtag has at most {NTriplesSyntax.MaxSubtagLength} characters");
        }
        direction = BaseDirection.None;
        int tagEnd;
        while (true)
        {
            if (k + 1 < line.Length && line[k] == '-' && line[k + 1] == '-')
            {
                tagEnd = k;
                direction = ParseDirection(line, ref k);
                break;
            }
            if (k < line.Length && line[k] == '-')
            {
                int subtag = k + 1;
                k = subtag;
                while (k < line.Length && char.IsAsciiLetterOrDigit((char)line[k]))
                {
                    k++;
                }
                if (k == subtag)
                {
                    throw Error(line, subtag, "expected a language subtag (letters or digits) after '-'");
                }
                if (k - subtag > NTriplesSyntax.MaxSubtagLength)
                {
                    throw Error(line, subtag, $"a language subtag has at most {NTriplesSyntax.MaxSubtagLength} characters");
                }
                continue;
            }
            tagEnd = k;
            break;
        }
        ReadOnlySpan<byte> raw = line[start..tagEnd];
        int hash = Utf8TermCache<string>.Hash(raw);
        string? language = _languages.Find(raw, hash);
        if (language is null)
        {
            language = System.Text.Encoding.ASCII.GetString(raw);
            _languages.Add(raw, hash, language);
        }
        j = k;
        return language;
    }

    /// <summary><c>'--ltr'</c> or <c>'--rtl'</c> (RDF 1.2), lower case only.</summary>
    private BaseDirection ParseDirection(ReadOnlySpan<byte> line, ref int k)
    {
        int start = k + 2;
        int end = start;
        while (end < line.Length && char.IsAsciiLetter((char)line[end]))
        {
            end++;
        }
        ReadOnlySpan<byte> word = line[start..end];
        BaseDirection direction = word.SequenceEqual("ltr"u8) ? BaseDirection.Ltr
            : word.SequenceEqual("rtl"u8) ? BaseDirection.Rtl
            : BaseDirection.None;
        if (direction == BaseDirection.None)
        {
            throw Error(line, start, "expected the base direction 'ltr' or 'rtl' after '--'");
        }
        k = end;
        return direction;
    }
}
