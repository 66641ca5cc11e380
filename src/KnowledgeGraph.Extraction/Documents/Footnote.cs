namespace KnowledgeGraph.Extraction.Documents;

/// <summary>A footnote, whole: continued across page breaks and with any further paragraphs of its own.</summary>
/// <param name="Number">Its number.</param>
/// <param name="NumberSpan">Where its leading <c>n.</c> is in the source.</param>
/// <param name="Content">Its text after the number, mapped to the source; its own paragraphs are separated by a blank line.</param>
/// <param name="Marker">The marker in the text that points to it, or null when none was found.</param>
public sealed record Footnote(int Number, SourceSpan NumberSpan, MappedText Content, FootnoteMarker? Marker);
