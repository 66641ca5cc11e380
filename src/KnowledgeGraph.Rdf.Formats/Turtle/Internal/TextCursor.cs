using System.Buffers;
using System.Text;

namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>
/// Reads characters from a <see cref="TextReader"/> in chunks with unbounded look-ahead, tracking the 1-based line
/// and column (in code points) of the next character, so the lexer never needs the whole input in memory.
/// Besides char-at-a-time access it can consume whole runs of the buffered text at once, which is what makes long
/// IRIs, strings and names cheap: one vectorised search and one copy instead of a call per character.
/// </summary>
internal sealed class TextCursor
{
    // Large enough that most runs (IRIs, strings, white space) lie wholly inside the buffer.
    private const int InitialBufferSize = 65536;
    private static readonly SearchValues<char> Blanks = SearchValues.Create(" \t\r\n");
    private static readonly SearchValues<char> LineEnds = SearchValues.Create("\r\n");

    private readonly TextReader _reader;
    private char[] _buffer = new char[InitialBufferSize];
    private int _start;
    private int _end;
    private bool _exhausted;

    public TextCursor(TextReader reader) => _reader = reader;

    /// <summary>The line of the next character.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>The column of the next character.</summary>
    public int Column { get; private set; } = 1;

    /// <summary>The character <paramref name="offset"/> places ahead, or -1 past the end of the input.</summary>
    public int Peek(int offset = 0)
    {
        if (_start + offset >= _end && !Fill(offset + 1))
        {
            return -1;
        }
        return _buffer[_start + offset];
    }

    /// <summary>
    /// The code point <paramref name="offset"/> chars ahead and how many chars it takes (two for a surrogate pair),
    /// or -1 past the end.
    /// </summary>
    public int PeekCodePoint(int offset, out int width)
    {
        int c = Peek(offset);
        width = 1;
        if (c >= 0 && char.IsHighSurrogate((char)c))
        {
            int low = Peek(offset + 1);
            if (low >= 0 && char.IsLowSurrogate((char)low))
            {
                width = 2;
                return char.ConvertToUtf32((char)c, (char)low);
            }
        }
        return c;
    }

    /// <summary>Consumes and returns the next character, or -1 at the end.</summary>
    public int Read()
    {
        int c = Peek();
        if (c < 0)
        {
            return -1;
        }
        _start++;
        if (c == '\n')
        {
            Line++;
            Column = 1;
        }
        else if (!char.IsLowSurrogate((char)c))
        {
            Column++;
        }
        return c;
    }

    /// <summary>Consumes <paramref name="count"/> characters.</summary>
    public void Skip(int count)
    {
        for (int i = 0; i < count; i++)
        {
            Read();
        }
    }

    /// <summary>
    /// Appends to <paramref name="into"/> and consumes the buffered characters before the first one in
    /// <paramref name="stops"/> (which must contain '\n'); it may stop early at the end of the buffer, so callers
    /// loop. Returns how many characters it took.
    /// </summary>
    public int AppendRunUntil(SearchValues<char> stops, StringBuilder into)
    {
        ReadOnlySpan<char> run = BufferedRun(stops, until: true);
        into.Append(run);
        ConsumeOnOneLine(run);
        return run.Length;
    }

    /// <summary>
    /// Like <see cref="AppendRunUntil"/> but takes the characters that are in <paramref name="allowed"/> (which must
    /// not contain '\n').
    /// </summary>
    public int AppendRunOf(SearchValues<char> allowed, StringBuilder into)
    {
        ReadOnlySpan<char> run = BufferedRun(allowed, until: false);
        into.Append(run);
        ConsumeOnOneLine(run);
        return run.Length;
    }

    /// <summary>
    /// When the buffered text ahead holds a character of <paramref name="stops"/> (which must contain '\n') and
    /// the first such is <paramref name="terminator"/>, consumes the text and the terminator and gives the text
    /// before it (valid until the cursor is next used); otherwise consumes nothing and returns false.
    /// </summary>
    public bool TryTakeUntil(SearchValues<char> stops, char terminator, out ReadOnlySpan<char> text)
    {
        text = default;
        if (_end - _start < 2)
        {
            return false;
        }
        ReadOnlySpan<char> ahead = _buffer.AsSpan(_start, _end - _start);
        int length = ahead.IndexOfAny(stops);
        if (length < 0 || ahead[length] != terminator)
        {
            return false;
        }
        text = ahead[..length];
        ConsumeOnOneLine(text);
        _start++;
        Column++;
        return true;
    }

    /// <summary>Consumes white space (space, tab, CR, LF), keeping the line and column right.</summary>
    public void SkipBlanks()
    {
        while (_start < _end || Fill(1))
        {
            ReadOnlySpan<char> ahead = _buffer.AsSpan(_start, _end - _start);
            int length = ahead.IndexOfAnyExcept(Blanks);
            ReadOnlySpan<char> run = length < 0 ? ahead : ahead[..length];
            int lastNewLine = run.LastIndexOf('\n');
            if (lastNewLine < 0)
            {
                Column += run.Length;
            }
            else
            {
                Line += run.Count('\n');
                Column = run.Length - lastNewLine;
            }
            _start += run.Length;
            if (length >= 0)
            {
                return;
            }
        }
    }

    /// <summary>Consumes the rest of a comment: everything before the next CR or LF.</summary>
    public void SkipToLineEnd()
    {
        while (_start < _end || Fill(1))
        {
            ReadOnlySpan<char> run = BufferedRun(LineEnds, until: true);
            ConsumeOnOneLine(run);
            if (_start < _end)
            {
                return;
            }
        }
    }

    private ReadOnlySpan<char> BufferedRun(SearchValues<char> values, bool until)
    {
        if (_start >= _end && !Fill(1))
        {
            return default;
        }
        ReadOnlySpan<char> ahead = _buffer.AsSpan(_start, _end - _start);
        int length = until ? ahead.IndexOfAny(values) : ahead.IndexOfAnyExcept(values);
        return length < 0 ? ahead : ahead[..length];
    }

    /// <summary>Consumes <paramref name="run"/>, the text at the cursor, which holds no line feed.</summary>
    private void ConsumeOnOneLine(ReadOnlySpan<char> run)
    {
        _start += run.Length;
        // Columns count code points, so the second half of a surrogate pair does not advance them.
        int lowSurrogates = run.IndexOfAnyInRange('\uDC00', '\uDFFF') < 0 ? 0 : CountLowSurrogates(run);
        Column += run.Length - lowSurrogates;
    }

    private static int CountLowSurrogates(ReadOnlySpan<char> run)
    {
        int count = 0;
        foreach (char c in run)
        {
            if (char.IsLowSurrogate(c))
            {
                count++;
            }
        }
        return count;
    }

    private bool Fill(int needed)
    {
        while (_end - _start < needed)
        {
            if (_exhausted)
            {
                return false;
            }
            if (_start > 0)
            {
                Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
            int read = _reader.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _exhausted = true;
                return false;
            }
            _end += read;
        }
        return true;
    }
}
