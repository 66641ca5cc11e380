namespace KnowledgeGraph.Rdf.RocksDb.Internal;

/// <summary>A quad as the store's 32-bit term ids; graph 0 is the default graph. Positions: 0 S, 1 P, 2 O, 3 G.</summary>
internal readonly record struct IdQuad(int S, int P, int O, int G)
{
    public int this[int position] => position switch
    {
        0 => S,
        1 => P,
        2 => O,
        3 => G,
        _ => throw new ArgumentOutOfRangeException(nameof(position)),
    };

    /// <summary>Builds a quad from values listed by position (S, P, O, G).</summary>
    public static IdQuad FromPositions(ReadOnlySpan<int> values) => new(values[0], values[1], values[2], values[3]);
}
