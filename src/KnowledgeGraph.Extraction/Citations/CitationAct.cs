using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>One act of citing: where (footnote or paragraph), what (the work, resolved for back-references), at which pages, and how.</summary>
public sealed class CitationAct
{
    internal CitationAct(int id, ParsedReference reference, CitedWork work)
    {
        Id = id;
        Reference = reference;
        Work = work;
    }

    /// <summary>A number unique within one extraction, in text order.</summary>
    public int Id { get; }

    /// <summary>The reference as read.</summary>
    public ParsedReference Reference { get; }

    /// <summary>The work cited.</summary>
    public CitedWork Work { get; }

    /// <summary>The footnote, or 0 for a citation in the running text.</summary>
    public int FootnoteNumber => Reference.FootnoteNumber;

    /// <summary>For a citation in the running text, the paragraph index; otherwise -1.</summary>
    public int ParagraphIndex { get; init; } = -1;

    /// <summary>For a back-reference, the earlier work it was resolved to (the volume, for a contribution in it).</summary>
    public CitedWork? ResolvedTo { get; init; }

    /// <summary>Whether a back-reference could only be resolved to a work cited later in the text.</summary>
    public bool ResolvedForward { get; init; }

    /// <summary>The source span of the reference.</summary>
    public SourceSpan Span => Reference.Raw.Span;
}
