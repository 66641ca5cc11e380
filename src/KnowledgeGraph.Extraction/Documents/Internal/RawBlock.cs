namespace KnowledgeGraph.Extraction.Documents;

/// <summary>A run of non-blank source lines: one printed paragraph, heading or footnote piece.</summary>
internal sealed record RawBlock(int Start, int End, string Text);
