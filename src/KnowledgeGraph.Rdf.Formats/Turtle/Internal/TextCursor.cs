namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>
/// Reads characters from a <see cref="TextReader"/> in chunks with unbounded look-ahead, tracking the 1-based line
/// and column (in code points) of the next character, so the lexer never needs the whole input in memory.
/// </summary>
internal sealed class TextCursor
{
    private readonly TextReader _reader;
    private char[] _buffer = new char[8192];
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
