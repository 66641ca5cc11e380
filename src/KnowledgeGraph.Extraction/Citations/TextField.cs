using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>A value read from the text, with the source span it was read from.</summary>
/// <param name="Value">The value, markup removed.</param>
/// <param name="Span">Where it is in the source file.</param>
public sealed record TextField(string Value, SourceSpan Span)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}
