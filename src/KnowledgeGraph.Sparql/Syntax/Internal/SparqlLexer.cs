using System.Text;

namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>
/// Splits SPARQL text (after codepoint unescaping) into tokens on demand, tracking 1-based lines and columns.
/// Signed numbers are single tokens, as in the grammar (INTEGER_POSITIVE, DECIMAL_NEGATIVE...); the parser treats a
/// signed number after an operand as an addition or subtraction.
/// </summary>
internal sealed class SparqlLexer
{
    private static readonly string[] Symbols = ["^^", "<=", ">=", "!=", "&&", "||", "{", "}", "(", ")", "[", "]", ";", ",", ".", "=", "<", ">", "!", "+", "-", "*", "/", "^", "|", "?"];

    private readonly string _text;
    private readonly List<SparqlToken> _buffer = [];
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    public SparqlLexer(string text)
    {
        _text = CodepointUnescaper.Unescape(text);
    }

    /// <summary>The token <paramref name="ahead"/> positions from the current one.</summary>
    public SparqlToken Peek(int ahead = 0)
    {
        while (_buffer.Count <= ahead)
        {
            _buffer.Add(Scan());
        }
        return _buffer[ahead];
    }

    public SparqlToken Next()
    {
        var token = Peek();
        _buffer.RemoveAt(0);
        return token;
    }

    private int Column => 1 + _pos - _lineStart;

    private char At(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private static SparqlSyntaxException Error(string detail, int line, int column, string token) => new(line, column, token, detail);

    private SparqlToken Scan()
    {
        SkipWhitespaceAndComments();
        int line = _line;
        int column = Column;
        int start = _pos;
        if (_pos >= _text.Length)
        {
            return new SparqlToken(SparqlTokenKind.End, "", "", line, column);
        }
        char c = _text[_pos];
        SparqlToken Make(SparqlTokenKind kind, string value, string prefix = "") =>
            new(kind, value, _text[start.._pos], line, column, prefix);

        if (c == '<' && TryScanIri(out string? iri))
        {
            return Make(SparqlTokenKind.IriRef, iri);
        }
        if (c is '"' or '\'')
        {
            return Make(SparqlTokenKind.String, ScanString(line, column));
        }
        if ((c is '?' or '$') && SparqlCharacters.IsVariableChar(At(1)))
        {
            _pos++;
            while (_pos < _text.Length && SparqlCharacters.IsVariableChar(_text[_pos]))
            {
                _pos++;
            }
            return Make(SparqlTokenKind.Variable, _text[(start + 1).._pos]);
        }
        if (c == '_' && At(1) == ':')
        {
            _pos += 2;
            if (!(SparqlCharacters.IsNameStartCharOrUnderscore(At(0)) || SparqlCharacters.IsDigit(At(0))))
            {
                throw Error("expected a blank node label after '_:'", line, column, _text[start..Math.Min(_text.Length, _pos + 1)]);
            }
            ScanNameWithDots();
            return Make(SparqlTokenKind.BlankNodeLabel, _text[(start + 2).._pos]);
        }
        if (c == '@' && char.IsAsciiLetter(At(1)))
        {
            _pos++;
            while (char.IsAsciiLetter(At(0)))
            {
                _pos++;
            }
            while (At(0) == '-' && char.IsAsciiLetterOrDigit(At(1)))
            {
                _pos++;
                while (char.IsAsciiLetterOrDigit(At(0)))
                {
                    _pos++;
                }
            }
            return Make(SparqlTokenKind.LanguageTag, _text[(start + 1).._pos]);
        }
        if (SparqlCharacters.IsDigit(c) || (c == '.' && SparqlCharacters.IsDigit(At(1)))
            || ((c is '+' or '-') && (SparqlCharacters.IsDigit(At(1)) || (At(1) == '.' && SparqlCharacters.IsDigit(At(2))))))
        {
            var kind = ScanNumber();
            return Make(kind, _text[start.._pos]);
        }
        if (c == ':' || SparqlCharacters.IsNameStartChar(c))
        {
            return ScanWordOrPrefixedName(line, column);
        }
        foreach (var symbol in Symbols)
        {
            if (string.CompareOrdinal(_text, _pos, symbol, 0, symbol.Length) == 0)
            {
                _pos += symbol.Length;
                return Make(SparqlTokenKind.Symbol, symbol);
            }
        }
        throw Error($"unexpected character '{c}'", line, column, c.ToString());
    }

    private void SkipWhitespaceAndComments()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '\n')
            {
                _pos++;
                _line++;
                _lineStart = _pos;
            }
            else if (c is ' ' or '\t' or '\r')
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private bool TryScanIri(out string iri)
    {
        int end = _pos + 1;
        while (end < _text.Length && SparqlCharacters.IsIriChar(_text[end]))
        {
            end++;
        }
        if (end < _text.Length && _text[end] == '>')
        {
            iri = _text[(_pos + 1)..end];
            _pos = end + 1;
            return true;
        }
        iri = "";
        return false;
    }

    private string ScanString(int line, int column)
    {
        char quote = _text[_pos];
        bool isLong = At(1) == quote && At(2) == quote;
        _pos += isLong ? 3 : 1;
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw Error("unterminated string", line, column, quote.ToString());
            }
            char c = _text[_pos];
            if (isLong ? c == quote && At(1) == quote && At(2) == quote : c == quote)
            {
                _pos += isLong ? 3 : 1;
                return value.ToString();
            }
            if (c == '\\')
            {
                char e = At(1);
                char decoded = e switch
                {
                    't' => '\t', 'b' => '\b', 'n' => '\n', 'r' => '\r', 'f' => '\f', '"' => '"', '\'' => '\'', '\\' => '\\',
                    _ => throw Error($"invalid escape '\\{e}' in a string", _line, Column, "\\" + e),
                };
                value.Append(decoded);
                _pos += 2;
                continue;
            }
            if (c is '\n' or '\r' && !isLong)
            {
                throw Error("end of line inside a string (use a long string \"\"\"...\"\"\" or \\n)", line, column, quote.ToString());
            }
            if (c == '\n')
            {
                _line++;
                _lineStart = _pos + 1;
            }
            value.Append(c);
            _pos++;
        }
    }

    private SparqlTokenKind ScanNumber()
    {
        if (_text[_pos] is '+' or '-')
        {
            _pos++;
        }
        bool hasDigits = false;
        while (SparqlCharacters.IsDigit(At(0)))
        {
            _pos++;
            hasDigits = true;
        }
        var kind = SparqlTokenKind.Integer;
        if (At(0) == '.' && SparqlCharacters.IsDigit(At(1)))
        {
            _pos++;
            while (SparqlCharacters.IsDigit(At(0)))
            {
                _pos++;
            }
            kind = SparqlTokenKind.Decimal;
        }
        else if (hasDigits && At(0) == '.' && IsExponentAt(1))
        {
            _pos++;
            kind = SparqlTokenKind.Decimal;
        }
        if (IsExponentAt(0))
        {
            _pos++;
            if (At(0) is '+' or '-')
            {
                _pos++;
            }
            while (SparqlCharacters.IsDigit(At(0)))
            {
                _pos++;
            }
            kind = SparqlTokenKind.Double;
        }
        return kind;
    }

    private bool IsExponentAt(int offset) =>
        At(offset) is 'e' or 'E'
        && (SparqlCharacters.IsDigit(At(offset + 1)) || (At(offset + 1) is '+' or '-' && SparqlCharacters.IsDigit(At(offset + 2))));

    /// <summary>Reads PN_CHARS and inner dots (a dot is part of the name only when a name character follows it).</summary>
    private void ScanNameWithDots()
    {
        while (_pos < _text.Length)
        {
            if (SparqlCharacters.IsNameChar(_text[_pos]))
            {
                _pos++;
                continue;
            }
            int dots = _pos;
            while (dots < _text.Length && _text[dots] == '.')
            {
                dots++;
            }
            if (dots > _pos && dots < _text.Length && SparqlCharacters.IsNameChar(_text[dots]))
            {
                _pos = dots;
                continue;
            }
            return;
        }
    }

    private SparqlToken ScanWordOrPrefixedName(int line, int column)
    {
        int start = _pos;
        if (_text[_pos] != ':')
        {
            ScanNameWithDots();
        }
        if (At(0) != ':')
        {
            string word = _text[start.._pos];
            foreach (char ch in word)
            {
                if (!char.IsAsciiLetterOrDigit(ch) && ch != '_')
                {
                    throw Error($"unexpected name '{word}' (a prefixed name needs ':')", line, column, word);
                }
            }
            return new SparqlToken(SparqlTokenKind.Word, word, word, line, column);
        }
        string prefix = _text[start.._pos];
        _pos++;
        string local = ScanLocalName(line, column);
        return new SparqlToken(SparqlTokenKind.PrefixedName, local, _text[start.._pos], line, column, prefix);
    }

    /// <summary>Reads PN_LOCAL and returns it with its backslash escapes removed (percent escapes stay as written).</summary>
    private string ScanLocalName(int line, int column)
    {
        var local = new StringBuilder();
        bool first = true;
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '\\')
            {
                if (!SparqlCharacters.IsLocalEscapable(At(1)))
                {
                    throw Error($"invalid escape '\\{At(1)}' in a prefixed name", _line, Column, "\\" + At(1));
                }
                local.Append(At(1));
                _pos += 2;
            }
            else if (c == '%')
            {
                if (!SparqlCharacters.IsHex(At(1)) || !SparqlCharacters.IsHex(At(2)))
                {
                    throw Error("'%' in a prefixed name must start a percent escape %XX", _line, Column, "%");
                }
                local.Append(_text, _pos, 3);
                _pos += 3;
            }
            else if (c == ':' || SparqlCharacters.IsDigit(c) || SparqlCharacters.IsNameStartCharOrUnderscore(c) || (!first && SparqlCharacters.IsNameChar(c)))
            {
                local.Append(c);
                _pos++;
            }
            else if (!first && c == '.' && LocalContinuesAfterDots())
            {
                local.Append(c);
                _pos++;
            }
            else
            {
                break;
            }
            first = false;
        }
        _ = line;
        _ = column;
        return local.ToString();
    }

    private bool LocalContinuesAfterDots()
    {
        int i = _pos;
        while (i < _text.Length && _text[i] == '.')
        {
            i++;
        }
        if (i >= _text.Length)
        {
            return false;
        }
        char c = _text[i];
        return SparqlCharacters.IsNameChar(c) || c is ':' or '%' || (c == '\\' && i + 1 < _text.Length && SparqlCharacters.IsLocalEscapable(_text[i + 1]));
    }
}
