using System.Buffers.Binary;

namespace KnowledgeGraph.Rdf.RocksDb.Internal;

/// <summary>
/// One of the six orders the store keeps every quad in, each in its own column family. A key is the four ids in the
/// order's sequence, big-endian, so RocksDB's bytewise key order is the index order and every pattern whose bound
/// positions form a prefix of some order is one contiguous key range. The six orders cover all 16 shapes of bound
/// subject, predicate, object and graph: the graph-first ones serve patterns inside one graph, the graph-last ones
/// patterns over all graphs.
/// </summary>
internal sealed class IndexOrder
{
    public const int KeyLength = 16;
    private const int S = 0, P = 1, O = 2, G = 3;

    public static readonly IndexOrder Spog = new("spog", [S, P, O, G]);
    public static readonly IndexOrder Posg = new("posg", [P, O, S, G]);
    public static readonly IndexOrder Ospg = new("ospg", [O, S, P, G]);
    public static readonly IndexOrder Gspo = new("gspo", [G, S, P, O]);
    public static readonly IndexOrder Gpos = new("gpos", [G, P, O, S]);
    public static readonly IndexOrder Gosp = new("gosp", [G, O, S, P]);

    /// <summary>Every order; the first with the longest bound prefix wins when choosing.</summary>
    public static readonly IReadOnlyList<IndexOrder> All = [Gspo, Gpos, Gosp, Spog, Posg, Ospg];

    private readonly int[] _positions;

    private IndexOrder(string name, int[] positions)
    {
        Name = name;
        _positions = positions;
    }

    /// <summary>Whether the graph is the leading position.</summary>
    public bool GraphFirst => _positions[0] == G;

    /// <summary>The column family name.</summary>
    public string Name { get; }

    /// <summary>Writes the key of a quad.</summary>
    public void WriteKey(IdQuad quad, Span<byte> key)
    {
        for (int i = 0; i < 4; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(key[(4 * i)..], quad[_positions[i]]);
        }
    }

    /// <summary>The quad's ids in this order's sequence; tuples compare as the keys do (ids are never negative).</summary>
    public (int, int, int, int) Tuple(IdQuad quad) => (quad[_positions[0]], quad[_positions[1]], quad[_positions[2]], quad[_positions[3]]);

    /// <summary>Reads a quad back from its key.</summary>
    public IdQuad ReadKey(ReadOnlySpan<byte> key)
    {
        Span<int> values = stackalloc int[4];
        for (int i = 0; i < 4; i++)
        {
            values[_positions[i]] = BinaryPrimitives.ReadInt32BigEndian(key[(4 * i)..]);
        }
        return IdQuad.FromPositions(values);
    }

    /// <summary>How many leading positions of this order are bound.</summary>
    public int BoundPrefixLength(ReadOnlySpan<bool> bound)
    {
        int length = 0;
        while (length < 4 && bound[_positions[length]])
        {
            length++;
        }
        return length;
    }

    /// <summary>Writes the key prefix of the bound leading positions; returns its length in bytes.</summary>
    public int WritePrefix(IdQuad values, int boundPositions, Span<byte> prefix)
    {
        for (int i = 0; i < boundPositions; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(prefix[(4 * i)..], values[_positions[i]]);
        }
        return 4 * boundPositions;
    }

    /// <summary>The order whose key prefix covers the most bound positions (with these six, all of them).</summary>
    public static IndexOrder Choose(ReadOnlySpan<bool> bound, out int prefixPositions)
    {
        IndexOrder best = All[0];
        prefixPositions = -1;
        foreach (IndexOrder order in All)
        {
            int length = order.BoundPrefixLength(bound);
            if (length > prefixPositions)
            {
                best = order;
                prefixPositions = length;
            }
        }
        return best;
    }
}
