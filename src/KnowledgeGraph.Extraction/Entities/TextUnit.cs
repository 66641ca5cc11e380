using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>One stretch of the essay read for mentions: a paragraph or a footnote, in reading order, with its source map.</summary>
/// <param name="Content">The text in reading order, mapped back to the source file.</param>
/// <param name="ParagraphIndex">The paragraph's index, or null for a footnote.</param>
/// <param name="FootnoteNumber">The footnote's number, or null for a paragraph.</param>
public sealed record TextUnit(MappedText Content, int? ParagraphIndex, int? FootnoteNumber)
{
    /// <summary>The paragraphs and then the footnotes of an essay, in reading order.</summary>
    public static IReadOnlyList<TextUnit> Of(EssayDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. document.Paragraphs.Select(p => new TextUnit(p.Content, p.Index, null)),
            .. document.Footnotes.Select(f => new TextUnit(f.Content, null, f.Number))];
    }
}
