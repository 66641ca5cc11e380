namespace KnowledgeGraph.Extraction.Documents;

/// <summary>A paragraph or footnote being assembled from raw blocks, before its text is built.</summary>
internal sealed class LayoutUnit
{
    private LayoutUnit(ParagraphKind kind, int footnoteNumber, RawBlock first)
    {
        Kind = kind;
        FootnoteNumber = footnoteNumber;
        Pieces.Add(new LayoutPiece(first, LayoutJoin.First));
    }

    public ParagraphKind Kind { get; }

    /// <summary>The footnote number, or 0 for a paragraph.</summary>
    public int FootnoteNumber { get; }

    public bool IsFootnote => FootnoteNumber > 0;

    public List<LayoutPiece> Pieces { get; } = [];

    /// <summary>Set on a body paragraph that began fresh right after a footnote block: the footnote it followed.</summary>
    public LayoutUnit? FollowsNote { get; init; }

    public bool IsOpen => !BlockClassifier.EndsSentence(Pieces[^1].Block.Text);

    public static LayoutUnit Paragraph(ParagraphKind kind, RawBlock block, LayoutUnit? followsNote = null) =>
        new(kind, 0, block) { FollowsNote = followsNote };

    public static LayoutUnit Footnote(int number, RawBlock block) => new(ParagraphKind.Body, number, block);

    public void Continue(RawBlock block) => Pieces.Add(new LayoutPiece(block, LayoutJoin.Continuation));

    public void AddParagraph(RawBlock block) => Pieces.Add(new LayoutPiece(block, LayoutJoin.NewParagraph));
}
