namespace KnowledgeGraph.Extraction.Documents;

/// <summary>Checks numbering and marker links, and reports what does not add up.</summary>
internal static class AnomalyDetector
{
    public static void Check(
        SourceText source,
        IReadOnlyList<Footnote> footnotes,
        IReadOnlyList<FootnoteMarker> markers,
        Action<AnomalyKind, int, string> report)
    {
        int expected = 1;
        var seen = new HashSet<int>();
        foreach (Footnote note in footnotes)
        {
            if (!seen.Add(note.Number))
            {
                report(AnomalyKind.DuplicateFootnote, note.NumberSpan.Start, $"footnote {note.Number} occurs more than once");
            }
            else if (note.Number > expected)
            {
                string missing = note.Number == expected + 1 ? $"{expected}" : $"{expected}-{note.Number - 1}";
                report(AnomalyKind.FootnoteNumberGap, note.NumberSpan.Start, $"footnote numbers skip {missing}");
            }
            expected = Math.Max(expected, note.Number + 1);
            if (note.Marker is null)
            {
                report(AnomalyKind.MissingMarker, note.NumberSpan.Start, $"footnote {note.Number} has no marker in the text");
            }
            if (!BlockClassifier.EndsSentence(note.Content.Text))
            {
                report(AnomalyKind.UnfinishedFootnote, note.Content.Extent.End, $"footnote {note.Number} ends mid-sentence");
            }
            CheckBrackets(note, report);
        }
        int previous = 0;
        foreach (FootnoteMarker marker in markers)
        {
            if (!seen.Contains(marker.Number))
            {
                report(AnomalyKind.MarkerWithoutFootnote, marker.Span.Start, $"marker {marker.Number} points to no footnote");
            }
            if (marker.Number <= previous)
            {
                report(AnomalyKind.MarkerOutOfOrder, marker.Span.Start, $"marker {marker.Number} follows marker {previous}");
            }
            if (marker.Style != MarkerStyle.Superscript)
            {
                report(AnomalyKind.UnusualMarker, marker.Span.Start,
                    $"marker {marker.Number} is set as {source.Slice(marker.Span)}, read as a footnote marker");
            }
            previous = Math.Max(previous, marker.Number);
        }
    }

    private static void CheckBrackets(Footnote note, Action<AnomalyKind, int, string> report)
    {
        string text = note.Content.Text;
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (depth < 0)
            {
                report(AnomalyKind.UnbalancedBrackets, note.Content.ToSource(i, i + 1).Start, $"footnote {note.Number} closes a parenthesis it never opened");
                return;
            }
        }
        if (depth > 0)
        {
            report(AnomalyKind.UnbalancedBrackets, note.NumberSpan.Start, $"footnote {note.Number} leaves a parenthesis open");
        }
    }
}
