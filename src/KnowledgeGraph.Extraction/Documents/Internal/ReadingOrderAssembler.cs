namespace KnowledgeGraph.Extraction.Documents;

/// <summary>
/// Rebuilds the reading order of a book page export. A printed page is running text followed by its footnote area,
/// so the export interleaves them: a paragraph cut by a page break resumes after the footnote block, and a footnote
/// cut by a page break resumes at the top of the next footnote area. A block that starts mid-sentence is therefore
/// joined to the open paragraph or the open footnote according to where it sits: right after footnotes it resumes
/// the running text; right before the next numbered footnote it resumes the footnote.
/// Placements that rest on weaker evidence are reported as <see cref="AnomalyKind.UncertainPlacement"/>.
/// </summary>
internal sealed class ReadingOrderAssembler
{
    private readonly IReadOnlyList<RawBlock> _blocks;
    private readonly IReadOnlyList<BlockRole> _roles;
    private readonly Action<AnomalyKind, int, string> _report;
    private readonly List<LayoutUnit> _units = [];
    private LayoutUnit? _lastBody;
    private LayoutUnit? _lastNote;
    private bool _inNotes;

    public ReadingOrderAssembler(IReadOnlyList<RawBlock> blocks, IReadOnlyList<BlockRole> roles, Action<AnomalyKind, int, string> report)
    {
        _blocks = blocks;
        _roles = roles;
        _report = report;
    }

    public List<LayoutUnit> Assemble()
    {
        for (int i = 0; i < _blocks.Count; i++)
        {
            RawBlock block = _blocks[i];
            switch (_roles[i])
            {
                case BlockRole.Footnote:
                    _lastNote = LayoutUnit.Footnote(BlockClassifier.ReadFootnoteNumber(block.Text).Number, block);
                    _units.Add(_lastNote);
                    _inNotes = true;
                    break;
                case BlockRole.Text:
                    PlaceText(i);
                    break;
                default:
                    _units.Add(LayoutUnit.Paragraph(KindOf(_roles[i]), block));
                    _inNotes = _roles[i] == BlockRole.Colophon;
                    break;
            }
        }
        return _units;
    }

    private void PlaceText(int i)
    {
        RawBlock block = _blocks[i];
        bool fresh = BlockClassifier.StartsFresh(block.Text);
        LayoutUnit? openBody = _lastBody is { IsOpen: true } ? _lastBody : null;
        LayoutUnit? openNote = _lastNote is { IsOpen: true } ? _lastNote : null;
        bool nextIsText = IsText(i + 1);
        bool nextIsFresh = nextIsText && BlockClassifier.StartsFresh(_blocks[i + 1].Text);
        if (_inNotes)
        {
            if (!fresh && openBody is not null)
            {
                openBody.Continue(block);
                _inNotes = false;
            }
            else if (fresh && openBody is not null && nextIsText && !nextIsFresh && _lastNote is not null)
            {
                // The running text resumes only with the next block: this one is a further paragraph of the footnote.
                _lastNote.AddParagraph(block);
                _report(AnomalyKind.UncertainPlacement, block.Start,
                    $"paragraph placed in footnote {_lastNote.FootnoteNumber} because the running text resumes only after it");
            }
            else if (!fresh && openBody is null && openNote is not null)
            {
                openNote.Continue(block);
            }
            else
            {
                StartBody(block, fresh, _lastNote);
                _inNotes = false;
            }
            return;
        }
        if (openNote is not null && i + 1 < _blocks.Count && _roles[i + 1] == BlockRole.Footnote)
        {
            openNote.Continue(block);
            _inNotes = true;
        }
        else if (openNote is not null && openBody is not null && nextIsText && !nextIsFresh && !IsFootnote(i + 2))
        {
            openNote.Continue(block);
            _inNotes = true;
            _report(AnomalyKind.UncertainPlacement, block.Start,
                $"block read as the continuation of footnote {openNote.FootnoteNumber}: the running text resumes only after it");
        }
        else if (!fresh && openBody is not null && nextIsText && nextIsFresh && IsText(i + 2) && !BlockClassifier.StartsFresh(_blocks[i + 2].Text)
            && ContinueEarlierNotePage(block, openBody))
        {
            _inNotes = true;
        }
        else if (!fresh && openBody is not null)
        {
            openBody.Continue(block);
        }
        else
        {
            StartBody(block, fresh, null);
        }
    }

    /// <summary>
    /// A mid-sentence block between running text that resumes two blocks later belongs to a footnote area. With no open
    /// footnote, the open paragraph it continues is the one that began right after an earlier footnote block: it was
    /// that footnote's own further paragraph, so it moves there.
    /// </summary>
    private bool ContinueEarlierNotePage(RawBlock block, LayoutUnit openBody)
    {
        LayoutUnit? target = _lastNote is { IsOpen: true } ? _lastNote : null;
        if (target is null)
        {
            LayoutUnit? candidate = _units.LastOrDefault(u => !u.IsFootnote && u != openBody && u.FollowsNote is not null && u.IsOpen);
            if (candidate?.FollowsNote is null)
            {
                return false;
            }
            _units.Remove(candidate);
            target = candidate.FollowsNote;
            foreach (LayoutPiece piece in candidate.Pieces)
            {
                if (piece.Join == LayoutJoin.Continuation)
                {
                    target.Continue(piece.Block);
                }
                else
                {
                    target.AddParagraph(piece.Block);
                }
            }
            _report(AnomalyKind.UncertainPlacement, candidate.Pieces[0].Block.Start,
                $"paragraph moved into footnote {target.FootnoteNumber}: a later footnote-area block continues it");
        }
        target.Continue(block);
        _report(AnomalyKind.UncertainPlacement, block.Start,
            $"block read as the continuation of footnote {target.FootnoteNumber}: the running text resumes after the next paragraph");
        return true;
    }

    private void StartBody(RawBlock block, bool fresh, LayoutUnit? followsNote)
    {
        _lastBody = LayoutUnit.Paragraph(ParagraphKind.Body, block, followsNote);
        _units.Add(_lastBody);
        if (!fresh)
        {
            _report(AnomalyKind.OrphanContinuation, block.Start, "paragraph starts mid-sentence but no open paragraph or footnote precedes it");
        }
    }

    private bool IsText(int i) => i < _blocks.Count && _roles[i] == BlockRole.Text;

    private bool IsFootnote(int i) => i < _blocks.Count && _roles[i] == BlockRole.Footnote;

    private static ParagraphKind KindOf(BlockRole role) => role switch
    {
        BlockRole.Title => ParagraphKind.Title,
        BlockRole.Byline => ParagraphKind.Byline,
        BlockRole.Heading => ParagraphKind.Heading,
        BlockRole.Epigraph => ParagraphKind.Epigraph,
        BlockRole.Attribution => ParagraphKind.Attribution,
        BlockRole.Colophon => ParagraphKind.Colophon,
        _ => ParagraphKind.Body,
    };
}
