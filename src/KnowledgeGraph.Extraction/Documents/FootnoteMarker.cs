namespace KnowledgeGraph.Extraction.Documents;

/// <summary>An in-text footnote marker (a reference pointer).</summary>
/// <param name="Number">The number it shows.</param>
/// <param name="Span">Where the whole marker (tags included) is in the source.</param>
/// <param name="ParagraphIndex">The paragraph it stands in.</param>
/// <param name="TextOffset">Its position in the paragraph's reading-order text.</param>
/// <param name="Style">How it was set.</param>
public sealed record FootnoteMarker(int Number, SourceSpan Span, int ParagraphIndex, int TextOffset, MarkerStyle Style);
