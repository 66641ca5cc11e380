namespace KnowledgeGraph.Extraction.Documents;

/// <summary>
/// Text rebuilt in reading order (a paragraph joined across a page break, a footnote continued on the next page,
/// markers taken out) that still knows where each of its characters came from in the source file.
/// Characters the reader inserted (the space that joins two pieces) map to no source offset.
/// </summary>
public sealed class MappedText
{
    private readonly IReadOnlyList<MappedPiece> _pieces;

    internal MappedText(string text, IReadOnlyList<MappedPiece> pieces)
    {
        Text = text;
        _pieces = pieces;
    }

    /// <summary>The text in reading order.</summary>
    public string Text { get; }

    /// <summary>The source spans the text was taken from, in reading order.</summary>
    public IReadOnlyList<SourceSpan> Segments => [.. _pieces.Select(p => new SourceSpan(p.SourceStart, p.SourceStart + p.Length))];

    /// <summary>The smallest source span covering the whole text.</summary>
    public SourceSpan Extent => _pieces.Count == 0
        ? default
        : new SourceSpan(_pieces[0].SourceStart, _pieces[^1].SourceStart + _pieces[^1].Length);

    /// <summary>
    /// The source span of the reading-order range <c>[start, end)</c>: from the source offset of its first mapped
    /// character to one past its last mapped character. A range that crosses a page break spans the material between.
    /// </summary>
    public SourceSpan ToSource(int start, int end)
    {
        int? first = null;
        int? last = null;
        foreach (MappedPiece piece in _pieces)
        {
            int pieceEnd = piece.TextStart + piece.Length;
            if (pieceEnd <= start || piece.TextStart >= end)
            {
                continue;
            }
            int from = Math.Max(start, piece.TextStart);
            int to = Math.Min(end, pieceEnd);
            first ??= piece.SourceStart + (from - piece.TextStart);
            last = piece.SourceStart + (to - piece.TextStart);
        }
        return first is null ? default : new SourceSpan(first.Value, last!.Value);
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
