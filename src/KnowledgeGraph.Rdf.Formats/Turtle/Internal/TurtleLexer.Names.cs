using System.Buffers;
using System.Text;
using static KnowledgeGraph.Rdf.Formats.Turtle.Internal.TurtleCharClasses;

namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>
/// The parts of the lexer that read names: bare words, prefixed names (PNAME_NS, PNAME_LN) and blank node labels.
/// A dot belongs to a name only when more name characters follow it, so <c>ex:a.</c> ends a statement.
/// </summary>
internal sealed partial class TurtleLexer
{
    // ASCII PN_CHARS, taken in bulk; anything else (dots, escapes, non-ASCII) goes through the per-character code.
    private static readonly SearchValues<char> AsciiNameChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");

    private static readonly SearchValues<char> AsciiLocalNameChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-:");

    private TurtleToken ReadBlankNodeLabel()
    {
        _cursor.Skip(2);
        int first = _cursor.PeekCodePoint(0, out int width);
        if (!(IsPnCharsU(first) || IsDigit(first)))
        {
            throw Error("expected a blank node label after '_:'", "_:");
        }
        _text.Clear();
        AppendCodePoints(_text, width);
        ReadNameRest(_text, allowColon: false);
        return Make(TurtleTokenKind.BlankNodeLabel, _text.ToString());
    }

    private TurtleToken ReadWordOrPrefixedName()
    {
        StringBuilder name = _name.Clear();
        AppendCodePoints(name, _cursor.PeekCodePoint(0, out int width) >= 0 ? width : 1);
        ReadNameRest(name, allowColon: false);
        if (_cursor.Peek() == ':')
        {
            return ReadPrefixedName(name.ToString());
        }
        // 'a' starts almost every other statement; not allocating it each time is cheap to arrange.
        return Make(TurtleTokenKind.Word, name.Length == 1 && name[0] == 'a' ? "a" : name.ToString());
    }

    /// <summary>Reads the colon and the PN_LOCAL part after a prefix, unescaping PN_LOCAL_ESC.</summary>
    private TurtleToken ReadPrefixedName(string prefix)
    {
        _cursor.Read();
        _text.Clear();
        int first = _cursor.PeekCodePoint(0, out int width);
        if (IsPnCharsU(first) || IsDigit(first) || first == ':')
        {
            AppendCodePoints(_text, width);
        }
        else if (first is '%' or '\\')
        {
            AppendLocalEscape(prefix);
        }
        else
        {
            return Make(TurtleTokenKind.PrefixedName, "", prefix);
        }
        while (true)
        {
            _cursor.AppendRunOf(AsciiLocalNameChars, _text);
            int c = _cursor.PeekCodePoint(0, out width);
            if (IsPnChars(c) || c == ':')
            {
                AppendCodePoints(_text, width);
            }
            else if (c is '%' or '\\')
            {
                AppendLocalEscape(prefix);
            }
            else if (c == '.' && DotsContinueName(allowColon: true, allowEscapes: true))
            {
                _text.Append((char)_cursor.Read());
            }
            else
            {
                return Make(TurtleTokenKind.PrefixedName, _text.ToString(), prefix);
            }
        }
    }

    /// <summary>Reads PERCENT (kept as written) or PN_LOCAL_ESC (unescaped).</summary>
    private void AppendLocalEscape(string prefix)
    {
        int line = _cursor.Line;
        int column = _cursor.Column;
        int c = _cursor.Read();
        if (c == '%')
        {
            if (!IsHex(_cursor.Peek()) || !IsHex(_cursor.Peek(1)))
            {
                throw ErrorAt(line, column, "'%' in a local name must be followed by two hexadecimal digits", prefix + ":" + _text + "%");
            }
            _text.Append('%').Append((char)_cursor.Read()).Append((char)_cursor.Read());
            return;
        }
        int escaped = _cursor.Peek();
        if (!IsLocalEscapable(escaped))
        {
            throw ErrorAt(line, column, "character cannot be escaped in a local name", escaped < 0 ? "\\" : "\\" + (char)escaped);
        }
        _text.Append((char)_cursor.Read());
    }

    /// <summary>Reads (PN_CHARS | '.')* not ending in '.', after the first character of a name.</summary>
    private void ReadNameRest(StringBuilder into, bool allowColon)
    {
        while (true)
        {
            _cursor.AppendRunOf(AsciiNameChars, into);
            int c = _cursor.PeekCodePoint(0, out int width);
            if (IsPnChars(c))
            {
                AppendCodePoints(into, width);
            }
            else if (c == '.' && DotsContinueName(allowColon, allowEscapes: false))
            {
                into.Append((char)_cursor.Read());
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Whether the run of dots at the cursor is followed by a character that continues the name.</summary>
    private bool DotsContinueName(bool allowColon, bool allowEscapes)
    {
        int offset = 0;
        while (_cursor.Peek(offset) == '.')
        {
            offset++;
        }
        int next = _cursor.PeekCodePoint(offset, out _);
        return IsPnChars(next) || (allowColon && next == ':') || (allowEscapes && next is '%' or '\\');
    }

    private void AppendCodePoints(StringBuilder into, int width)
    {
        for (int i = 0; i < width; i++)
        {
            into.Append((char)_cursor.Read());
        }
    }
}
