namespace KnowledgeGraph.Extraction.Documents;

/// <summary>Turns an assembled unit into mapped text: pieces joined (a word hyphenated at the break rejoined), markers taken out.</summary>
internal static class UnitTextBuilder
{
    public static MappedText Build(string source, LayoutUnit unit, int skipAtStart, List<(MarkerScanner.Found Marker, int TextOffset)> markers)
    {
        var builder = new MappedTextBuilder(source);
        foreach (LayoutPiece piece in unit.Pieces)
        {
            int start = piece.Block.Start + (piece.Join == LayoutJoin.First ? skipAtStart : 0);
            if (piece.Join == LayoutJoin.Continuation)
            {
                if (builder.EndsWithHyphenatedWord && !BlockClassifier.StartsFresh(piece.Block.Text))
                {
                    builder.DropLastCharacter();
                }
                else
                {
                    builder.Insert(" ");
                }
            }
            else if (piece.Join == LayoutJoin.NewParagraph)
            {
                builder.Insert("\n\n");
            }
            int cursor = start;
            foreach (MarkerScanner.Found found in MarkerScanner.Scan(source, start, piece.Block.End))
            {
                builder.Append(cursor, found.Start);
                markers.Add((found, builder.Length));
                cursor = found.End;
            }
            builder.Append(cursor, piece.Block.End);
        }
        return builder.Build();
    }
}
