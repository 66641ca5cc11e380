using KnowledgeGraph.Extraction.Citations;
using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>A direct quotation in the essay: its words, who said or wrote them, and the work it is cited from.</summary>
/// <param name="Unit">The paragraph or footnote it is in.</param>
/// <param name="Start">The first quoted character (inside the quotation marks) in the unit's reading-order text.</param>
/// <param name="End">One past the last quoted character.</param>
/// <param name="Speaker">The person the essay attributes the words to, or null when it does not say.</param>
/// <param name="Source">The work the footnote cites for the words, or null.</param>
/// <param name="Secondhand">Whether the footnote says the words were found in <paramref name="Source"/> ("Cited in ..."), not in their original.</param>
public sealed record Quotation(TextUnit Unit, int Start, int End, ExtractedEntity? Speaker, CitedWork? Source, bool Secondhand)
{
    /// <summary>The quoted words.</summary>
    public string Text => Unit.Content.Text[Start..End];

    /// <summary>The span of the source file.</summary>
    public SourceSpan Span => Unit.Content.ToSource(Start, End);
}
