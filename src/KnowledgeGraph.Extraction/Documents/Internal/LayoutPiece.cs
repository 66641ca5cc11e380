namespace KnowledgeGraph.Extraction.Documents;

/// <summary>How a raw block joins the unit it is assembled into.</summary>
internal enum LayoutJoin
{
    First,
    Continuation,
    NewParagraph,
}

/// <summary>A raw block inside a unit, and how it joins what precedes it.</summary>
internal sealed record LayoutPiece(RawBlock Block, LayoutJoin Join);
