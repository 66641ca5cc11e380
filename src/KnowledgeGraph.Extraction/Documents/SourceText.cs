using System.Text;

namespace KnowledgeGraph.Extraction.Documents;

/// <summary>
/// The text of one source file with its name, and the conversions every span needs: to a line and column for
/// messages, and from UTF-16 code units to Unicode code points for published offsets.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;
    private readonly int[] _surrogatePairStarts;

    /// <summary>Wraps already decoded text.</summary>
    /// <param name="name">The file name or path shown in messages.</param>
    /// <param name="text">The text; line ends may be LF or CRLF.</param>
    public SourceText(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        Name = name;
        Text = text;
        var lineStarts = new List<int> { 0 };
        var pairs = new List<int>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
            else if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                pairs.Add(i);
            }
        }
        _lineStarts = [.. lineStarts];
        _surrogatePairStarts = [.. pairs];
    }

    /// <summary>The file name or path shown in messages.</summary>
    public string Name { get; }

    /// <summary>The decoded text.</summary>
    public string Text { get; }

    /// <summary>Reads a UTF-8 file (a byte order mark is skipped). Invalid UTF-8 is an <see cref="EssayFormatException"/>.</summary>
    public static SourceText Load(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        int skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            return new SourceText(path, strict.GetString(bytes, skip, bytes.Length - skip));
        }
        catch (DecoderFallbackException error)
        {
            int index = error.Index < 0 ? 0 : error.Index;
            int line = 1 + bytes.Take(skip + index).Count(b => b == (byte)'\n');
            throw new EssayFormatException(path, new SourceLocation(line, 1), "the file is not valid UTF-8");
        }
    }

    /// <summary>The text a span covers.</summary>
    public string Slice(SourceSpan span) => Text[span.Start..span.End];

    /// <summary>The 1-based line and column of a code unit offset.</summary>
    public SourceLocation LocationOf(int offset)
    {
        int index = Array.BinarySearch(_lineStarts, offset);
        int line = index >= 0 ? index : ~index - 1;
        return new SourceLocation(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>Converts a UTF-16 code unit offset into a Unicode code point offset (what Web Annotation counts).</summary>
    public int ToCodePointOffset(int offset)
    {
        int index = Array.BinarySearch(_surrogatePairStarts, offset);
        int pairsBefore = index >= 0 ? index : ~index;
        return offset - pairsBefore;
    }
}
