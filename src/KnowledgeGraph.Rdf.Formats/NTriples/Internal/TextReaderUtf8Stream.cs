using System.Text;

namespace KnowledgeGraph.Rdf.Formats.NTriples.Internal;

/// <summary>
/// A read-only stream that encodes a <see cref="TextReader"/> as UTF-8, so text input goes through the same byte
/// parser as stream input (same errors, same positions). Unpaired surrogates become U+FFFD.
/// </summary>
internal sealed class TextReaderUtf8Stream : Stream
{
    private readonly TextReader _reader;
    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
    private readonly char[] _chars = new char[16384];
    private int _charStart;
    private int _charEnd;
    private bool _readerDone;
    private readonly byte[] _spill = new byte[4];
    private int _spillStart;
    private int _spillEnd;

    /// <summary>Wraps the reader (which is not disposed with the stream).</summary>
    public TextReaderUtf8Stream(TextReader reader) => _reader = reader;

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        if (_spillStart < _spillEnd)
        {
            int n = Math.Min(buffer.Length, _spillEnd - _spillStart);
            _spill.AsSpan(_spillStart, n).CopyTo(buffer);
            _spillStart += n;
            return n;
        }
        if (buffer.Length < 4)
        {
            // One encoded character may take 4 bytes: encode into the spill buffer and hand it out in pieces.
            _spillEnd = ReadEncoded(_spill);
            _spillStart = 0;
            return _spillEnd == 0 ? 0 : Read(buffer);
        }
        return ReadEncoded(buffer);
    }

    private int ReadEncoded(Span<byte> buffer)
    {
        while (true)
        {
            if (_charStart == _charEnd && !_readerDone)
            {
                _charEnd = _reader.Read(_chars, 0, _chars.Length);
                _charStart = 0;
                _readerDone = _charEnd == 0;
            }
            _encoder.Convert(_chars.AsSpan(_charStart, _charEnd - _charStart), buffer, flush: _readerDone, out int used, out int written, out _);
            _charStart += used;
            if (written > 0 || _readerDone)
            {
                return written;
            }
        }
    }

    /// <inheritdoc/>
    public override void Flush() { }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
