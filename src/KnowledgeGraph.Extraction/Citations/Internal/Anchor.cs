namespace KnowledgeGraph.Extraction.Citations;

/// <summary>What a reference hangs on: an italic title, a quoted title, or a back-reference abbreviation.</summary>
internal enum AnchorKind
{
    Italic,
    Quoted,
    BackReference,
}

/// <summary>An anchor with its whole extent and its value's extent in the reading-order text.</summary>
internal sealed record Anchor(AnchorKind Kind, int Start, int End, int ValueStart, int ValueEnd);
