namespace KnowledgeGraph.Rdf.Graphs.Internal;

/// <summary>
/// A 64-bit hash that is the same in every process (unlike <see cref="string.GetHashCode()"/>), so canonical labels
/// chosen through it are reproducible across runs and machines.
/// </summary>
internal static class StableHash
{
    /// <summary>FNV-1a over the UTF-16 code units, then a finaliser.</summary>
    public static ulong OfString(string text)
    {
        ulong hash = 0xcbf29ce484222325;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 0x100000001b3;
        }
        return Avalanche(hash);
    }

    /// <summary>Combines a value into a running hash; order matters.</summary>
    public static ulong Mix(ulong hash, ulong value) =>
        (ulong.RotateLeft(hash ^ Avalanche(value), 27) * 0x9E3779B97F4A7C15) + 0x632BE59BD9B4E019;

    /// <summary>The splitmix64 finaliser: spreads every input bit over the output.</summary>
    public static ulong Avalanche(ulong value)
    {
        value ^= value >> 30;
        value *= 0xbf58476d1ce4e5b9;
        value ^= value >> 27;
        value *= 0x94d049bb133111eb;
        value ^= value >> 31;
        return value;
    }
}
