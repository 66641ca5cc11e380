namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>Helpers over node colourings (one 64-bit colour per node) for colour refinement.</summary>
internal static class ColourClasses
{
    /// <summary>The SplitMix64 finaliser: a cheap, well-spread, deterministic 64-bit mix.</summary>
    public static ulong Mix(ulong value)
    {
        value ^= value >> 30;
        value *= 0xBF58476D1CE4E5B9UL;
        value ^= value >> 27;
        value *= 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    public static int Count(ulong[] colours) => new HashSet<ulong>(colours).Count;

    /// <summary>Whether both colourings have the same number of nodes of each colour.</summary>
    public static bool SameHistogram(ulong[] a, ulong[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        var balance = new Dictionary<ulong, int>();
        foreach (ulong c in a)
        {
            balance[c] = balance.GetValueOrDefault(c) + 1;
        }
        foreach (ulong c in b)
        {
            if (!balance.TryGetValue(c, out int count) || count == 0)
            {
                return false;
            }
            balance[c] = count - 1;
        }
        return true;
    }

    /// <summary>The colour of the smallest class with more than one node (ties broken by colour), or null if all are single.</summary>
    public static ulong? SmallestNonSingleton(ulong[] colours)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (ulong c in colours)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }
        ulong? best = null;
        int bestCount = int.MaxValue;
        foreach (var (colour, count) in counts)
        {
            if (count > 1 && (count < bestCount || (count == bestCount && colour < best)))
            {
                best = colour;
                bestCount = count;
            }
        }
        return best;
    }
}
