namespace KnowledgeGraph.Extraction.Documents;

/// <summary>Kinds of trouble the reader noticed in its input and did not silently repair.</summary>
public enum AnomalyKind
{
    /// <summary>A footnote has no marker in the text.</summary>
    MissingMarker,
    /// <summary>A marker points to no footnote.</summary>
    MarkerWithoutFootnote,
    /// <summary>A footnote number is skipped.</summary>
    FootnoteNumberGap,
    /// <summary>A footnote number occurs twice.</summary>
    DuplicateFootnote,
    /// <summary>Markers do not rise one by one.</summary>
    MarkerOutOfOrder,
    /// <summary>A marker was set in an unusual style (for example bold digits for a superscript).</summary>
    UnusualMarker,
    /// <summary>A paragraph that starts mid-sentence had nothing open to continue.</summary>
    OrphanContinuation,
    /// <summary>A paragraph was assigned by page-layout reasoning that could be wrong.</summary>
    UncertainPlacement,
    /// <summary>A footnote ends mid-sentence and nothing continued it.</summary>
    UnfinishedFootnote,
    /// <summary>Brackets or parentheses that do not pair up (often an OCR slip).</summary>
    UnbalancedBrackets,
}
