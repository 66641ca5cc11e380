using System.Text;
using static KnowledgeGraph.Rdf.Formats.Turtle.Internal.TurtleCharClasses;

namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>
/// Splits Turtle or TriG text into tokens (<see href="https://www.w3.org/TR/turtle/#sec-grammar-grammar"/>),
/// unescaping IRIs, strings and local names as it goes. Every error consumes at least one character, and errors
/// inside a string or IRI are raised only once its closing delimiter is reached, so a lenient parser can resume
/// at the following token.
/// </summary>
internal sealed partial class TurtleLexer
{
    private readonly TextCursor _cursor;
    private readonly string _format;
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _name = new();
    private int _tokenLine;
    private int _tokenColumn;

    private readonly TurtleIriCache _iriCache;

    public TurtleLexer(TextReader reader, string format, TurtleIriCache iriCache)
    {
        _cursor = new TextCursor(reader);
        _format = format;
        _iriCache = iriCache;
    }

    /// <summary>Reads the next token, skipping white space and comments.</summary>
    /// <exception cref="TurtleParseException">The input does not form a token.</exception>
    public TurtleToken Next()
    {
        SkipWhiteSpaceAndComments();
        _tokenLine = _cursor.Line;
        _tokenColumn = _cursor.Column;
        int c = _cursor.Peek();
        switch (c)
        {
            case -1: return Make(TurtleTokenKind.EndOfInput, "");
            case '<': return ReadIriRef();
            case '"' or '\'': return ReadString((char)c);
            case '@': return ReadAtWord();
            case '_' when _cursor.Peek(1) == ':': return ReadBlankNodeLabel();
            case ':': return ReadPrefixedName("");
            case ';': return Punctuation(TurtleTokenKind.Semicolon, ";");
            case ',': return Punctuation(TurtleTokenKind.Comma, ",");
            case '[': return Punctuation(TurtleTokenKind.OpenBracket, "[");
            case ']': return Punctuation(TurtleTokenKind.CloseBracket, "]");
            case '(': return Punctuation(TurtleTokenKind.OpenParenthesis, "(");
            case ')': return Punctuation(TurtleTokenKind.CloseParenthesis, ")");
            case '{': return Punctuation(TurtleTokenKind.OpenBrace, "{");
            case '}': return Punctuation(TurtleTokenKind.CloseBrace, "}");
            case '^':
                _cursor.Read();
                if (_cursor.Peek() != '^')
                {
                    throw Error("expected '^^' before a datatype", "^");
                }
                _cursor.Read();
                return Make(TurtleTokenKind.DoubleCaret, "^^");
            case '.' when !IsDigit(_cursor.Peek(1)):
                return Punctuation(TurtleTokenKind.Dot, ".");
        }
        if (IsDigit(c) || c is '+' or '-' or '.')
        {
            return ReadNumber();
        }
        int codePoint = _cursor.PeekCodePoint(0, out int width);
        if (IsPnCharsBase(codePoint))
        {
            return ReadWordOrPrefixedName();
        }
        string bad = char.ConvertFromUtf32(IsValidScalar(codePoint) ? codePoint : 0xFFFD);
        _cursor.Skip(width);
        throw Error("unexpected character", bad);
    }

    private void SkipWhiteSpaceAndComments()
    {
        while (true)
        {
            int c = _cursor.Peek();
            if (IsWhiteSpace(c))
            {
                _cursor.SkipBlanks();
            }
            else if (c == '#')
            {
                _cursor.SkipToLineEnd();
            }
            else
            {
                return;
            }
        }
    }

    private TurtleToken Punctuation(TurtleTokenKind kind, string text)
    {
        _cursor.Read();
        return Make(kind, text);
    }

    private TurtleToken Make(TurtleTokenKind kind, string value, string prefix = "") =>
        new(kind, value, _tokenLine, _tokenColumn, prefix);

    private TurtleParseException Error(string message, string? token) =>
        new(new RdfSyntaxError(_format, _tokenLine, _tokenColumn, message, token));

    private TurtleParseException ErrorAt(int line, int column, string message, string? token) =>
        new(new RdfSyntaxError(_format, line, column, message, token));

    private static bool IsValidScalar(int codePoint) =>
        codePoint is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF);

    private TurtleToken ReadAtWord()
    {
        _cursor.Read();
        _text.Clear();
        while (char.IsAsciiLetter((char)Math.Max(_cursor.Peek(), 0)))
        {
            _text.Append((char)_cursor.Read());
        }
        if (_text.Length == 0)
        {
            throw Error("expected a language tag or directive after '@'", "@");
        }
        while (_cursor.Peek() == '-' && char.IsAsciiLetterOrDigit((char)Math.Max(_cursor.Peek(1), 0)))
        {
            _text.Append((char)_cursor.Read());
            while (char.IsAsciiLetterOrDigit((char)Math.Max(_cursor.Peek(), 0)))
            {
                _text.Append((char)_cursor.Read());
            }
        }
        if (_cursor.Peek() == '-')
        {
            _cursor.Read();
            throw Error("malformed language tag", "@" + _text + "-");
        }
        return Make(TurtleTokenKind.AtWord, _text.ToString());
    }

    private TurtleToken ReadNumber()
    {
        _text.Clear();
        if (_cursor.Peek() is '+' or '-')
        {
            _text.Append((char)_cursor.Read());
        }
        int integerDigits = ReadDigits();
        var kind = TurtleTokenKind.Integer;
        if (_cursor.Peek() == '.' && IsDigit(_cursor.Peek(1)))
        {
            _text.Append((char)_cursor.Read());
            ReadDigits();
            kind = TurtleTokenKind.Decimal;
        }
        else if (_cursor.Peek() == '.' && integerDigits > 0 && ExponentLength(1) > 0)
        {
            _text.Append((char)_cursor.Read());
        }
        else if (integerDigits == 0)
        {
            string sign = _text.ToString();
            throw Error("expected a number", sign.Length > 0 ? sign : ((char)_cursor.Read()).ToString());
        }
        int exponent = ExponentLength(0);
        if (exponent > 0)
        {
            for (int i = 0; i < exponent; i++)
            {
                _text.Append((char)_cursor.Read());
            }
            kind = TurtleTokenKind.Double;
        }
        return Make(kind, _text.ToString());
    }

    private int ReadDigits()
    {
        int count = 0;
        while (IsDigit(_cursor.Peek()))
        {
            _text.Append((char)_cursor.Read());
            count++;
        }
        return count;
    }

    /// <summary>The length of an EXPONENT starting <paramref name="offset"/> chars ahead, or 0 when there is none.</summary>
    private int ExponentLength(int offset)
    {
        if (_cursor.Peek(offset) is not ('e' or 'E'))
        {
            return 0;
        }
        int i = offset + 1;
        if (_cursor.Peek(i) is '+' or '-')
        {
            i++;
        }
        if (!IsDigit(_cursor.Peek(i)))
        {
            return 0;
        }
        while (IsDigit(_cursor.Peek(i)))
        {
            i++;
        }
        return i - offset;
    }
}
