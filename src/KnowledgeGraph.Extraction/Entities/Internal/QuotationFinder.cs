using KnowledgeGraph.Extraction.Citations;
using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>
/// Finds direct quotations (double quotation marks around at least four words; shorter ones are scare quotes) and
/// attributes each to the person named in the same sentence outside the quotation: a name straight after the closing
/// mark first, then the nearest before it
/// ("Trotsky expressed the truth when he said: '...'", "As Tucker notes, '...'") and else the nearest after it
/// ("'...,' Nock observed"); with no name in the sentence, the first author of the work the note cites for the words.
/// The source is the work cited by the footnote the quotation's sentence points to (for a
/// quotation in a footnote, the footnote's own first citation), and a "Cited in" reference makes it secondhand.
/// </summary>
internal static class QuotationFinder
{
    private const int MinimumWords = 4;

    public static IReadOnlyList<Quotation> Find(EssayDocument document, CitationGraph citations, IReadOnlyList<TextUnit> units, IReadOnlyList<ExtractedEntity> entities)
    {
        var persons = entities.Where(e => e.Kind == EntityKind.Person)
            .SelectMany(e => e.Mentions.Select(m => (entity: e, mention: m)))
            .ToLookup(p => p.mention.Unit);
        var quotations = new List<Quotation>();
        foreach (TextUnit unit in units)
        {
            string text = unit.Content.Text;
            foreach ((int start, int end) in Quoted(text))
            {
                if (text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinimumWords || IsArticleTitle(text, start, end))
                {
                    continue;
                }
                (int sentenceStart, int sentenceEnd) = Sentence(text, start, end);
                var here = persons[unit].Where(p => p.mention.Start >= sentenceStart && p.mention.End <= sentenceEnd
                    && (p.mention.End <= start || p.mention.Start >= end)).ToList();
                // '"...," Nock observed': a name straight after the closing mark is the speaker.
                ExtractedEntity? speaker = here.Where(p => p.mention.Start >= end && p.mention.Start - end <= 4).Select(p => p.entity).FirstOrDefault()
                    ?? here.Where(p => p.mention.End <= start).OrderByDescending(p => p.mention.End).Select(p => p.entity).FirstOrDefault()
                    ?? here.Where(p => p.mention.Start >= end).OrderBy(p => p.mention.Start).Select(p => p.entity).FirstOrDefault();
                CitationAct? act = SourceAct(document, citations, unit, end, sentenceEnd);
                // No name in the sentence: the words are the cited work's, so its first author speaks them (unless the
                // note says they were found in that work, when its author only relays them).
                if (speaker is null && act is { Reference.Secondhand: false, Work.Authors: [var author, ..] })
                {
                    speaker = entities.FirstOrDefault(e => e.Kind == EntityKind.Person && e.Variants.Contains(author.Text.Trim(), StringComparer.Ordinal));
                }
                quotations.Add(new Quotation(unit, start, end, speaker, act?.Work, act?.Reference.Secondhand ?? false));
            }
        }
        return quotations;
    }

    /// <summary>
    /// '"Revolution from Above and Below," *New Left Review*' or '..., in R. Tucker, ed.': a title in a reference ends
    /// with a comma inside the marks and is followed by the journal in italics or by "in" and the volume.
    /// </summary>
    private static bool IsArticleTitle(string text, int start, int end) =>
        end > start && text[end - 1] == ',' && end + 1 < text.Length
        && (text.AsSpan(end + 1).StartsWith(" *", StringComparison.Ordinal) || text.AsSpan(end + 1).StartsWith(" in ", StringComparison.Ordinal));

    /// <summary>The spans between straight or curly double quotation marks, in pairs.</summary>
    private static IEnumerable<(int Start, int End)> Quoted(string text)
    {
        int open = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '“' || (c == '"' && open < 0))
            {
                open = i + 1;
            }
            else if ((c == '”' || c == '"') && open >= 0)
            {
                yield return (open, i);
                open = -1;
            }
        }
    }

    /// <summary>The sentence around a quotation: from the last full stop before it to the first after it.</summary>
    private static (int Start, int End) Sentence(string text, int start, int end)
    {
        int s = start - 1;
        while (s > 0 && !(text[s] is '.' or '?' or '!' && s + 1 < text.Length && text[s + 1] == ' ' && !IsInitial(text, s)))
        {
            s--;
        }
        if (end > start && text[end - 1] is '.' or '!' or '?')
        {
            return (Math.Max(0, s), end);
        }
        int e = text.IndexOf(". ", Math.Min(text.Length, end + 1), StringComparison.Ordinal);
        return (Math.Max(0, s), e < 0 ? text.Length : e + 1);
    }

    /// <summary>Whether the full stop at <paramref name="dot"/> ends an initial ("E.H. Carr") rather than a sentence.</summary>
    private static bool IsInitial(string text, int dot) => dot >= 1 && char.IsUpper(text[dot - 1]) && (dot < 2 || !char.IsLetter(text[dot - 2]));

    private static CitationAct? SourceAct(EssayDocument document, CitationGraph citations, TextUnit unit, int quoteEnd, int sentenceEnd)
    {
        if (unit.FootnoteNumber is int footnote)
        {
            return citations.Acts.FirstOrDefault(a => a.FootnoteNumber == footnote && a.Reference.Raw.Span.Start >= unit.Content.ToSource(quoteEnd, quoteEnd + 1).Start)
                ?? citations.Acts.FirstOrDefault(a => a.FootnoteNumber == footnote);
        }
        if (unit.ParagraphIndex is not int paragraph)
        {
            return null;
        }
        int from = unit.Content.ToSource(quoteEnd, Math.Min(unit.Content.Text.Length, quoteEnd + 1)).Start;
        int to = unit.Content.ToSource(Math.Max(0, sentenceEnd - 1), sentenceEnd).End + 16;
        FootnoteMarker? marker = document.Markers.FirstOrDefault(m => m.ParagraphIndex == paragraph && m.Span.Start >= from && m.Span.Start <= to);
        return marker is null ? null : citations.Acts.FirstOrDefault(a => a.FootnoteNumber == marker.Number);
    }
}
