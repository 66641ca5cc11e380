namespace KnowledgeGraph.Extraction.Documents;

/// <summary>What a raw block looks like on its own, before reading-order assembly.</summary>
internal enum BlockRole
{
    Title,
    Byline,
    Heading,
    Epigraph,
    Attribution,
    Colophon,
    Footnote,
    Text,
}
