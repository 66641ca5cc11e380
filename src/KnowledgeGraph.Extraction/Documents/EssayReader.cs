namespace KnowledgeGraph.Extraction.Documents;

/// <summary>
/// Reads an essay exported from a printed book as Markdown-like text (headings, epigraphs, <c>*italic*</c> titles,
/// <c>&lt;sup&gt;n&lt;/sup&gt;</c> markers, footnote bodies <c>n. ...</c> where the pages broke) and rebuilds its reading
/// order: running text as whole paragraphs, each footnote whole and linked to its marker, every span with its source
/// offsets. What does not add up (missing markers, numbering gaps, doubtful placements) is reported in
/// <see cref="EssayDocument.Anomalies"/>, never silently guessed away.
/// </summary>
public static class EssayReader
{
    /// <summary>Reads a UTF-8 file.</summary>
    /// <exception cref="EssayFormatException">The file is not UTF-8 or holds no text.</exception>
    public static EssayDocument ReadFile(string path) => Read(SourceText.Load(path));

    /// <summary>Reads already decoded text.</summary>
    /// <exception cref="EssayFormatException">The text is empty.</exception>
    public static EssayDocument Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var anomalies = new List<ReaderAnomaly>();
        void Report(AnomalyKind kind, int offset, string message) =>
            anomalies.Add(new ReaderAnomaly(kind, source.LocationOf(offset), message));

        List<RawBlock> blocks = BlockSplitter.Split(source.Text);
        if (blocks.Count == 0)
        {
            throw new EssayFormatException(source.Name, new SourceLocation(1, 1), "the file holds no text");
        }
        List<BlockRole> roles = BlockClassifier.Classify(blocks);
        List<LayoutUnit> units = new ReadingOrderAssembler(blocks, roles, Report).Assemble();

        var paragraphs = new List<Paragraph>();
        var markers = new List<FootnoteMarker>();
        var notes = new List<(LayoutUnit Unit, SourceSpan NumberSpan, MappedText Text)>();
        foreach (LayoutUnit unit in units)
        {
            var found = new List<(MarkerScanner.Found Marker, int TextOffset)>();
            if (unit.IsFootnote)
            {
                RawBlock first = unit.Pieces[0].Block;
                int skip = BlockClassifier.ReadFootnoteNumber(first.Text).Length;
                var numberSpan = new SourceSpan(first.Start, first.Start + first.Text.IndexOf('.', StringComparison.Ordinal) + 1);
                notes.Add((unit, numberSpan, UnitTextBuilder.Build(source.Text, unit, skip, found)));
                continue;
            }
            MappedText text = UnitTextBuilder.Build(source.Text, unit, 0, found);
            int index = paragraphs.Count;
            paragraphs.Add(new Paragraph(index, unit.Kind, text));
            markers.AddRange(found.Select(f => new FootnoteMarker(
                f.Marker.Number, new SourceSpan(f.Marker.Start, f.Marker.End), index, f.TextOffset, f.Marker.Style)));
        }

        var unused = new List<FootnoteMarker>(markers);
        var footnotes = new List<Footnote>();
        foreach ((LayoutUnit unit, SourceSpan numberSpan, MappedText text) in notes)
        {
            FootnoteMarker? marker = unused.FirstOrDefault(m => m.Number == unit.FootnoteNumber);
            if (marker is not null)
            {
                unused.Remove(marker);
            }
            footnotes.Add(new Footnote(unit.FootnoteNumber, numberSpan, text, marker));
        }
        AnomalyDetector.Check(source, footnotes, markers, Report);
        anomalies.Sort((a, b) => a.Location.Line != b.Location.Line
            ? a.Location.Line.CompareTo(b.Location.Line)
            : a.Location.Column.CompareTo(b.Location.Column));
        return new EssayDocument(source, paragraphs, footnotes, markers, anomalies);
    }
}
