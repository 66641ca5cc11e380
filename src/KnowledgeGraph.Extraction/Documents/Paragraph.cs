namespace KnowledgeGraph.Extraction.Documents;

/// <summary>A paragraph of the essay in reading order, whole even where the printed page broke it.</summary>
/// <param name="Index">Its position among the essay's paragraphs, from 0.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Content">Its text (markers taken out) mapped to the source.</param>
public sealed record Paragraph(int Index, ParagraphKind Kind, MappedText Content);
