using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Tests.Documents;

public sealed class EssayReaderTests
{
    private const string PageBrokenEssay =
        "# A Title\n\nby Ann Author\n\n" +
        "The first paragraph cites a book.<sup>1</sup> It runs on across the page and is cut in a predomi-\n\n" +
        "1. Jane Roe, *A Book* (London, 1970), p. 3. The note goes on and is cut in the\n\n" +
        "nantly long sentence that ends here.<sup>2</sup>\n\n" +
        "middle of its last sentence.\n\n" +
        "2. *Ibid.*, p. 4.\n\n" +
        "3. A note nobody points to.\n";

    private static EssayDocument Read(string text) => EssayReader.Read(new SourceText("test.md", text));

    [Fact]
    public void A_paragraph_cut_by_a_footnote_block_is_rejoined_and_its_hyphenated_word_mended()
    {
        EssayDocument essay = Read(PageBrokenEssay);
        Paragraph body = Assert.Single(essay.Paragraphs, p => p.Kind == ParagraphKind.Body);
        Assert.Equal("The first paragraph cites a book. It runs on across the page and is cut in a predominantly long sentence that ends here.", body.Content.Text);
    }

    [Fact]
    public void A_footnote_continued_on_the_next_page_is_read_whole()
    {
        EssayDocument essay = Read(PageBrokenEssay);
        Assert.Equal("Jane Roe, *A Book* (London, 1970), p. 3. The note goes on and is cut in the middle of its last sentence.",
            essay.FindFootnote(1)!.Content.Text);
    }

    [Fact]
    public void Each_footnote_is_linked_to_its_marker_and_a_missing_marker_is_reported()
    {
        EssayDocument essay = Read(PageBrokenEssay);
        Assert.Equal(1, essay.FindFootnote(1)!.Marker!.Number);
        Assert.Equal(2, essay.FindFootnote(2)!.Marker!.Number);
        Assert.Null(essay.FindFootnote(3)!.Marker);
        Assert.Contains(essay.Anomalies, a => a.Kind == AnomalyKind.MissingMarker && a.Message.Contains("footnote 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_span_maps_back_to_the_exact_source_text()
    {
        EssayDocument essay = Read(PageBrokenEssay);
        Footnote note = essay.FindFootnote(1)!;
        int start = note.Content.Text.IndexOf("A Book", StringComparison.Ordinal);
        SourceSpan span = note.Content.ToSource(start, start + "A Book".Length);
        Assert.Equal("A Book", essay.Source.Slice(span));
        Assert.Equal("<sup>2</sup>", essay.Source.Slice(essay.FindFootnote(2)!.Marker!.Span));
    }

    [Fact]
    public void Title_byline_and_epigraph_are_told_apart_from_running_text()
    {
        EssayDocument essay = Read("# The Title\n\nby Ann Author\n\n\"A quoted line.\" *Someone Famous*\n\nBody text.\n");
        Assert.Equal([ParagraphKind.Title, ParagraphKind.Byline, ParagraphKind.Epigraph, ParagraphKind.Body], essay.Paragraphs.Select(p => p.Kind));
        Assert.Equal("Ann Author", essay.Author);
        Assert.Equal("The Title", essay.Title);
    }

    [Fact]
    public void Numbering_gaps_and_markers_without_footnotes_are_reported()
    {
        EssayDocument essay = Read("Text.<sup>1</sup> More.<sup>5</sup>\n\n1. One.\n\n3. Three.\n");
        Assert.Contains(essay.Anomalies, a => a.Kind == AnomalyKind.FootnoteNumberGap);
        Assert.Contains(essay.Anomalies, a => a.Kind == AnomalyKind.MarkerWithoutFootnote && a.Message.Contains("marker 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Offsets_are_published_in_code_points_so_characters_beyond_the_BMP_count_once()
    {
        var source = new SourceText("t.md", "a\U0001D11Eb");
        Assert.Equal(2, source.ToCodePointOffset(3));
        Assert.Equal(new SourceLocation(1, 4), source.LocationOf(3));
    }

    [Fact]
    public void An_empty_file_is_an_error_with_its_position()
    {
        var error = Assert.Throws<EssayFormatException>(() => Read("\n\n"));
        Assert.StartsWith("test.md:1:1:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundled_essay_has_96_footnotes_three_without_markers()
    {
        EssayDocument essay = Corpus.Gouldner;
        Assert.Equal(Enumerable.Range(1, 96), essay.Footnotes.Select(f => f.Number));
        Assert.Equal([1, 67, 94], essay.Footnotes.Where(f => f.Marker is null).Select(f => f.Number));
    }
}
