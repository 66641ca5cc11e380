namespace KnowledgeGraph.Extraction.Documents;

/// <summary>
/// An essay rebuilt in reading order: its paragraphs, its footnotes (each whole and linked to its marker), the markers,
/// and the anomalies the reader noticed.
/// </summary>
public sealed class EssayDocument
{
    internal EssayDocument(
        SourceText source,
        IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<Footnote> footnotes,
        IReadOnlyList<FootnoteMarker> markers,
        IReadOnlyList<ReaderAnomaly> anomalies)
    {
        Source = source;
        Paragraphs = paragraphs;
        Footnotes = footnotes;
        Markers = markers;
        Anomalies = anomalies;
    }

    /// <summary>The source file.</summary>
    public SourceText Source { get; }

    /// <summary>The paragraphs in reading order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>The footnotes in order.</summary>
    public IReadOnlyList<Footnote> Footnotes { get; }

    /// <summary>The footnote markers in reading order.</summary>
    public IReadOnlyList<FootnoteMarker> Markers { get; }

    /// <summary>What the reader noticed and did not guess at.</summary>
    public IReadOnlyList<ReaderAnomaly> Anomalies { get; }

    /// <summary>The title (the first title paragraph, markup removed), or the file name.</summary>
    public string Title => Paragraphs.FirstOrDefault(p => p.Kind == ParagraphKind.Title)?.Content.Text.Trim('#', ' ', '*')
        ?? Path.GetFileNameWithoutExtension(Source.Name);

    /// <summary>The author named in the byline, or null.</summary>
    public string? Author
    {
        get
        {
            string? byline = Paragraphs.FirstOrDefault(p => p.Kind == ParagraphKind.Byline)?.Content.Text.Trim('*', ' ');
            return byline is null ? null : byline.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? byline[3..].Trim() : byline;
        }
    }

    /// <summary>The footnote with a number, or null.</summary>
    public Footnote? FindFootnote(int number) => Footnotes.FirstOrDefault(f => f.Number == number);
}
