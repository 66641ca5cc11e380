using System.Runtime.CompilerServices;
using System.Collections;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.NTriples.Internal;

/// <summary>
/// The streaming N-Triples / N-Quads parser. It reads UTF-8 bytes from the stream into one buffer, cuts them into
/// lines (a statement never spans lines in these formats, which makes lenient recovery and line numbers exact) and
/// parses each line in place, decoding UTF-8 only for the text that becomes a term. The buffer grows only to hold the
/// longest line, so memory is flat whatever the input size. Enumerable once.
/// </summary>
internal sealed partial class NTriplesParser : IEnumerable<Quad>, IEnumerator<Quad>
{
    private const int BufferSize = 1 << 17;

    private readonly Stream _input;
    private readonly RdfReaderOptions _options;
    private readonly bool _allowGraph;
    private readonly string _format;
    private byte[] _buffer = [];
    private int _pos;
    private int _end;
    private bool _eof;
    private bool _started;
    private bool _enumerated;
    private int _lineNumber;
    private Quad _current;

    /// <summary>Creates a parser over the stream (which it does not dispose); nothing is read until enumeration starts.</summary>
    public NTriplesParser(Stream input, RdfReaderOptions options, bool allowGraph)
    {
        _input = input;
        _options = options;
        _allowGraph = allowGraph;
        _format = allowGraph ? "N-Quads" : "N-Triples";
    }

    /// <inheritdoc/>
    public Quad Current => _current;

    object IEnumerator.Current => _current;

    /// <inheritdoc/>
    public IEnumerator<Quad> GetEnumerator()
    {
        if (_enumerated)
        {
            throw new InvalidOperationException($"{_format} input can be enumerated only once: it is read as it streams.");
        }
        _enumerated = true;
        return this;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    // Hot path: compiled fully optimised at once, as a single pass over a large file is the common use.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MoveNext()
    {
        while (NextLine(out int start, out int end))
        {
            var line = new ReadOnlySpan<byte>(_buffer, start, end - start);
            try
            {
                if (ParseStatement(line, out _current))
                {
                    return true;
                }
            }
            catch (RdfSyntaxException e) when (_options.Lenient)
            {
                // The line is the unit of recovery: the next line starts a fresh statement.
                _options.OnError?.Invoke(e.Error);
            }
        }
        return false;
    }

    /// <inheritdoc/>
    public void Reset() => throw new NotSupportedException("A streaming reader cannot be reset.");

    /// <summary>Does nothing: the caller owns the input.</summary>
    public void Dispose() { }

    /// <summary>Finds the next line in the buffer (refilling it as needed); false at the end of the input.</summary>
    // Hot path: compiled fully optimised at once, as a single pass over a large file is the common use.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool NextLine(out int start, out int end)
    {
        if (!_started)
        {
            Start();
        }
        while (true)
        {
            int pos = _pos;
            int index = _buffer.AsSpan(pos, _end - pos).IndexOfAny((byte)'\n', (byte)'\r');
            if (index >= 0)
            {
                int eol = pos + index;
                int next = eol + 1;
                if (_buffer[eol] == '\r')
                {
                    if (next == _end && !_eof)
                    {
                        // A CR at the end of the buffer: read on to see whether an LF follows (CR LF is one line break).
                        Refill();
                        continue;
                    }
                    if (next < _end && _buffer[next] == '\n')
                    {
                        next++;
                    }
                }
                start = pos;
                end = eol;
                _pos = next;
                _lineNumber++;
                return true;
            }
            if (_eof)
            {
                start = pos;
                end = _end;
                _pos = _end;
                if (pos == end)
                {
                    return false;
                }
                _lineNumber++;
                return true;
            }
            Refill();
        }
    }

    private void Start()
    {
        _started = true;
        _buffer = new byte[BufferSize];
        while (_end < 3 && !_eof)
        {
            Refill();
        }
        if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _pos = 3;
        }
    }

    /// <summary>Moves the unfinished line to the front of the buffer (growing it when the line fills it) and reads more.</summary>
    private void Refill()
    {
        int pending = _end - _pos;
        if (_pos > 0)
        {
            Buffer.BlockCopy(_buffer, _pos, _buffer, 0, pending);
            _pos = 0;
            _end = pending;
        }
        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        int read = _input.Read(_buffer, _end, _buffer.Length - _end);
        if (read <= 0)
        {
            _eof = true;
        }
        else
        {
            _end += read;
        }
    }
}
