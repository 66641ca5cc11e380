namespace KnowledgeGraph.Extraction.Documents;

/// <summary>Splits the source at blank lines, keeping each block's offsets (trailing spaces and CR left out).</summary>
internal static class BlockSplitter
{
    public static List<RawBlock> Split(string text)
    {
        var blocks = new List<RawBlock>();
        int blockStart = -1;
        int blockEnd = -1;
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int newline = text.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.Length : newline;
            int contentEnd = lineEnd;
            while (contentEnd > lineStart && char.IsWhiteSpace(text[contentEnd - 1]))
            {
                contentEnd--;
            }
            int contentStart = lineStart;
            while (contentStart < contentEnd && char.IsWhiteSpace(text[contentStart]))
            {
                contentStart++;
            }
            if (contentStart == contentEnd)
            {
                Flush();
            }
            else
            {
                if (blockStart < 0)
                {
                    blockStart = contentStart;
                }
                blockEnd = contentEnd;
            }
            if (newline < 0)
            {
                break;
            }
            lineStart = newline + 1;
        }
        Flush();
        return blocks;

        void Flush()
        {
            if (blockStart >= 0)
            {
                blocks.Add(new RawBlock(blockStart, blockEnd, text[blockStart..blockEnd]));
                blockStart = -1;
            }
        }
    }
}
