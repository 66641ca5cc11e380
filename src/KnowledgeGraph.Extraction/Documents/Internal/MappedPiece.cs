namespace KnowledgeGraph.Extraction.Documents;

/// <summary>A run of reading-order text copied unchanged from the source.</summary>
internal readonly record struct MappedPiece(int TextStart, int SourceStart, int Length);
