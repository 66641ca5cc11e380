using System.Buffers;
using System.Globalization;
using static KnowledgeGraph.Rdf.Formats.Turtle.Internal.TurtleCharClasses;

namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>The parts of the lexer that read delimited tokens with escapes: IRIREF and the four string forms.</summary>
internal sealed partial class TurtleLexer
{
    // The characters that end a plain run inside an IRIREF: the delimiters, escapes, and everything the grammar
    // forbids there (so the char-at-a-time code reports it exactly as before).
    private static SearchValues<char> IriStops => TurtleCharClasses.IriForbidden;

    private static readonly SearchValues<char> DoubleQuoteStops = SearchValues.Create("\"\\\r\n");
    private static readonly SearchValues<char> SingleQuoteStops = SearchValues.Create("'\\\r\n");

    private TurtleToken ReadIriRef()
    {
        _cursor.Read();
        if (_cursor.TryTakeUntil(IriStops, '>', out ReadOnlySpan<char> plain))
        {
            // The common case: no escapes and nothing to report, wholly in the buffer. A repeated IRI reuses the
            // string the cache already holds, so only new IRIs allocate.
            return Make(TurtleTokenKind.IriRef, _iriCache.GetReferenceString(plain));
        }
        _text.Clear();
        TurtleParseException? firstError = null;
        while (true)
        {
            _cursor.AppendRunUntil(IriStops, _text);
            int line = _cursor.Line;
            int column = _cursor.Column;
            int c = _cursor.Peek();
            if (c == '>')
            {
                _cursor.Read();
                break;
            }
            if (c < 0 || c == '\n' || c == '<')
            {
                // Stop without consuming, so a lenient parser resumes at the next line or IRI.
                throw firstError ?? Error("unterminated IRI", "<" + Shorten(_text.ToString()));
            }
            _cursor.Read();
            if (c == '\\')
            {
                try
                {
                    AppendUchar(line, column, allowEchar: false);
                }
                catch (TurtleParseException e)
                {
                    firstError ??= e;
                }
            }
            else if (c <= ' ' || c is '"' or '{' or '}' or '|' or '^' or '`')
            {
                firstError ??= ErrorAt(line, column, "character not allowed in an IRI",
                    c <= ' ' ? $"U+{c:X4}".ToString(CultureInfo.InvariantCulture) : ((char)c).ToString());
            }
            else
            {
                _text.Append((char)c);
            }
        }
        if (firstError is not null)
        {
            throw firstError;
        }
        return Make(TurtleTokenKind.IriRef, _text.ToString());
    }

    private TurtleToken ReadString(char quote)
    {
        bool isLong = _cursor.Peek(1) == quote && _cursor.Peek(2) == quote;
        _cursor.Skip(isLong ? 3 : 1);
        SearchValues<char> stops = quote == '"' ? DoubleQuoteStops : SingleQuoteStops;
        if (!isLong && _cursor.TryTakeUntil(stops, quote, out ReadOnlySpan<char> plain))
        {
            return Make(TurtleTokenKind.String, new string(plain));
        }
        _text.Clear();
        TurtleParseException? firstError = null;
        while (true)
        {
            _cursor.AppendRunUntil(stops, _text);
            int line = _cursor.Line;
            int column = _cursor.Column;
            int c = _cursor.Peek();
            if (c < 0)
            {
                throw firstError ?? Error("unterminated string", (isLong ? new string(quote, 3) : quote.ToString()) + Shorten(_text.ToString()));
            }
            if (c == quote)
            {
                if (!isLong)
                {
                    _cursor.Read();
                    break;
                }
                if (_cursor.Peek(1) == quote && _cursor.Peek(2) == quote)
                {
                    _cursor.Skip(3);
                    break;
                }
            }
            if (!isLong && (c == '\n' || c == '\r'))
            {
                throw firstError ?? Error("unterminated string (line break in a short string)", quote + Shorten(_text.ToString()));
            }
            _cursor.Read();
            if (c == '\\')
            {
                try
                {
                    AppendUchar(line, column, allowEchar: true);
                }
                catch (TurtleParseException e)
                {
                    firstError ??= e;
                }
            }
            else
            {
                _text.Append((char)c);
            }
        }
        if (firstError is not null)
        {
            throw firstError;
        }
        return Make(TurtleTokenKind.String, _text.ToString());
    }

    /// <summary>Reads the escape after a backslash (already consumed) into the token text.</summary>
    private void AppendUchar(int line, int column, bool allowEchar)
    {
        int c = _cursor.Peek();
        switch (c)
        {
            case 'u':
            case 'U':
                _cursor.Read();
                int digits = c == 'u' ? 4 : 8;
                int value = 0;
                for (int i = 0; i < digits; i++)
                {
                    int h = _cursor.Peek();
                    if (!IsHex(h))
                    {
                        throw ErrorAt(line, column, "malformed \\" + (char)c + " escape: expected " + digits + " hexadecimal digits",
                            "\\" + (char)c);
                    }
                    _cursor.Read();
                    value = (value * 16) + HexValue(h);
                }
                if (!IsValidScalar(value))
                {
                    throw ErrorAt(line, column, "escape denotes no Unicode character",
                        "\\" + (char)c + value.ToString(digits == 4 ? "X4" : "X8", CultureInfo.InvariantCulture));
                }
                _text.Append(char.ConvertFromUtf32(value));
                return;
        }
        if (allowEchar)
        {
            char? unescaped = c switch
            {
                't' => '\t',
                'b' => '\b',
                'n' => '\n',
                'r' => '\r',
                'f' => '\f',
                '"' => '"',
                '\'' => '\'',
                '\\' => '\\',
                _ => null,
            };
            if (unescaped is char u)
            {
                _cursor.Read();
                _text.Append(u);
                return;
            }
        }
        string token = c < 0 ? "\\" : "\\" + (char)c;
        throw ErrorAt(line, column, allowEchar ? "unknown escape sequence" : "only \\u and \\U escapes are allowed in IRIs", token);
    }

    private static int HexValue(int h) => h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10;

    private static string Shorten(string text) => text.Length > 40 ? text[..40] : text;
}
