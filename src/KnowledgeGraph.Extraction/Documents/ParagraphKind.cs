namespace KnowledgeGraph.Extraction.Documents;

/// <summary>What a paragraph of the reading order is.</summary>
public enum ParagraphKind
{
    /// <summary>The essay's title.</summary>
    Title,
    /// <summary>A byline ("by ...").</summary>
    Byline,
    /// <summary>A section heading.</summary>
    Heading,
    /// <summary>A quotation set at the head of the essay or of a section.</summary>
    Epigraph,
    /// <summary>The source an epigraph is attributed to, set as its own line.</summary>
    Attribution,
    /// <summary>A copyright line or other printer's matter.</summary>
    Colophon,
    /// <summary>Running text.</summary>
    Body,
}
