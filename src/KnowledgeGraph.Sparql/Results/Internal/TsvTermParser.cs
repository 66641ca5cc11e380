using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>
/// Parses one TSV field as an RDF term: N-Triples IRIs, blank nodes and literals (with <c>\</c> escapes), Turtle
/// shorthand numbers and booleans, and RDF 1.2 triple terms <c>&lt;&lt;( s p o )&gt;&gt;</c>. Errors carry the
/// character offset in the field, which the reader turns into a column.
/// </summary>
internal sealed class TsvTermParser
{
    private readonly string _text;
    private int _position;

    private TsvTermParser(string text)
    {
        _text = text;
    }

    /// <summary>Parses a whole field; on error returns null with a message and the offset where it was found.</summary>
    public static Term? Parse(string field, out string? error, out int errorOffset)
    {
        var parser = new TsvTermParser(field);
        try
        {
            Term term = parser.ReadTerm();
            parser.SkipSpaces();
            if (parser._position != field.Length)
            {
                throw new FormatException("Unexpected text after the term.");
            }
            error = null;
            errorOffset = 0;
            return term;
        }
        catch (FormatException exception)
        {
            error = exception.Message;
            errorOffset = parser._position;
            return null;
        }
    }

    private Term ReadTerm()
    {
        SkipSpaces();
        if (_position >= _text.Length)
        {
            throw new FormatException("Expected a term.");
        }
        char c = _text[_position];
        if (Starts("<<("))
        {
            return ReadTripleTerm();
        }
        return c switch
        {
            '<' => Check(ResultTermFactory.MakeIri(ReadIri(), out string? error), error),
            '_' => ReadBlank(),
            '"' or '\'' => ReadLiteral(),
            _ => ReadBare(),
        };
    }

    private Term ReadTripleTerm()
    {
        _position += 3;
        Term subject = ReadTerm();
        Term predicate = ReadTerm();
        Term obj = ReadTerm();
        SkipSpaces();
        if (!Starts(")>>"))
        {
            throw new FormatException("Expected ')>>' to close the triple term.");
        }
        _position += 3;
        return Check(ResultTermFactory.MakeTriple(subject, predicate, obj, out string? error), error);
    }

    private string ReadIri()
    {
        _position++;
        var value = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw new FormatException("Unterminated IRI: expected '>'.");
            }
            char c = _text[_position];
            if (c == '>')
            {
                _position++;
                return value.ToString();
            }
            if (c == '\\')
            {
                char escape = Peek(1);
                if (escape is not ('u' or 'U'))
                {
                    throw new FormatException("Only \\u and \\U escapes are allowed in IRIs.");
                }
                AppendCodePoint(value);
                continue;
            }
            value.Append(c);
            _position++;
        }
    }

    private Term ReadBlank()
    {
        if (!Starts("_:"))
        {
            throw new FormatException("Expected '_:' to start a blank node.");
        }
        _position += 2;
        int start = _position;
        while (_position < _text.Length && !char.IsWhiteSpace(_text[_position]) && !Starts(")>>"))
        {
            _position++;
        }
        return Check(ResultTermFactory.MakeBlank(_text[start.._position], out string? error), error);
    }

    private Term ReadLiteral()
    {
        char quote = _text[_position++];
        var value = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw new FormatException($"Unterminated string: expected {quote}.");
            }
            char c = _text[_position];
            if (c == quote)
            {
                _position++;
                break;
            }
            if (c == '\\')
            {
                ReadEscape(value);
                continue;
            }
            value.Append(c);
            _position++;
        }
        string? language = null, direction = null, datatype = null;
        if (_position < _text.Length && _text[_position] == '@')
        {
            int start = ++_position;
            while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '-'))
            {
                _position++;
            }
            language = _text[start.._position];
            int dir = language.IndexOf("--", StringComparison.Ordinal);
            if (dir >= 0)
            {
                direction = language[(dir + 2)..];
                language = language[..dir];
            }
            if (language.Length == 0)
            {
                throw new FormatException("Expected a language tag after '@'.");
            }
        }
        else if (Starts("^^"))
        {
            _position += 2;
            if (_position >= _text.Length || _text[_position] != '<')
            {
                throw new FormatException("Expected '<' to start the datatype IRI.");
            }
            datatype = ReadIri();
        }
        return Check(ResultTermFactory.MakeLiteral(value.ToString(), datatype, language, direction, out string? error), error);
    }

    private void ReadEscape(StringBuilder value)
    {
        char escape = Peek(1);
        string? simple = escape switch
        {
            't' => "\t", 'b' => "\b", 'n' => "\n", 'r' => "\r", 'f' => "\f", '"' => "\"", '\'' => "'", '\\' => "\\",
            _ => null,
        };
        if (simple is not null)
        {
            value.Append(simple);
            _position += 2;
        }
        else if (escape is 'u' or 'U')
        {
            AppendCodePoint(value);
        }
        else
        {
            throw new FormatException($"Unknown escape '\\{escape}'.");
        }
    }

    private void AppendCodePoint(StringBuilder value)
    {
        int length = _text[_position + 1] == 'u' ? 4 : 8;
        if (_position + 2 + length > _text.Length
            || !int.TryParse(_text.AsSpan(_position + 2, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code)
            || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            throw new FormatException($"Expected {length} hexadecimal digits for a code point.");
        }
        value.Append(char.ConvertFromUtf32(code));
        _position += 2 + length;
    }

    private Term ReadBare()
    {
        int start = _position;
        while (_position < _text.Length && !char.IsWhiteSpace(_text[_position]) && !Starts(")>>"))
        {
            _position++;
        }
        string token = _text[start.._position];
        if (TurtleNumbers.DatatypeOf(token) is Iri datatype)
        {
            return Literal.Typed(token, datatype);
        }
        _position = start;
        throw new FormatException($"'{token}' is not an RDF term.");
    }

    private static Term Check(Term? term, string? error) => term ?? throw new FormatException(error);

    private bool Starts(string text) => _text.AsSpan(_position).StartsWith(text, StringComparison.Ordinal);

    private char Peek(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

    private void SkipSpaces()
    {
        while (_position < _text.Length && _text[_position] == ' ')
        {
            _position++;
        }
    }
}
