using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>A span of the essay that names an entity, as a recogniser found it.</summary>
/// <param name="Unit">The paragraph or footnote it is in.</param>
/// <param name="Start">The first character in the unit's reading-order text.</param>
/// <param name="End">One past the last character in the unit's reading-order text.</param>
/// <param name="Kind">The kind the recogniser proposes (the entity's kind is decided from all its mentions).</param>
/// <param name="Name">The name normalised for matching ("DZHUGASHVILI, JOSEF" becomes "Josef Dzhugashvili"); usually the text itself.</param>
/// <param name="Evidence">Why the recogniser took it (for the provenance record and for debugging).</param>
public sealed record EntityMention(TextUnit Unit, int Start, int End, EntityKind Kind, string Name, string Evidence)
{
    /// <summary>The text as it stands in the unit.</summary>
    public string Text => Unit.Content.Text[Start..End];

    /// <summary>The span of the source file the mention covers.</summary>
    public SourceSpan Span => Unit.Content.ToSource(Start, End);

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} '{Text}' ({Evidence})";
}
