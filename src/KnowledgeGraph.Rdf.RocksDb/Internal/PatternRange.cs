using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Rdf.RocksDb.Internal;

/// <summary>
/// An id pattern turned into a key range: the index order whose prefix covers the bound positions, the prefix, and
/// the one residual test a range cannot express (a pattern over named graphs only skips default-graph quads).
/// Term ids are 32-bit here; ids outside that range (or negative ones) match nothing.
/// </summary>
internal readonly record struct PatternRange(int Subject, int Predicate, int Object, GraphScope Scope, int Graph, IndexOrder Order, int PrefixPositions)
{
    public static bool TryCreate(QuadIdPattern pattern, out PatternRange range)
    {
        range = default;
        if (!TryNarrow(pattern.Subject, out int s) || !TryNarrow(pattern.Predicate, out int p) || !TryNarrow(pattern.Object, out int o))
        {
            return false;
        }
        int g = 0;
        if (pattern.Scope == GraphScope.OneGraph && (pattern.Graph.Value is <= 0 or > int.MaxValue))
        {
            return false;
        }
        if (pattern.Scope == GraphScope.OneGraph)
        {
            g = (int)pattern.Graph.Value;
        }
        ReadOnlySpan<bool> bound = [s != 0, p != 0, o != 0, pattern.Scope is GraphScope.OneGraph or GraphScope.DefaultGraph];
        IndexOrder order = IndexOrder.Choose(bound, out int prefixPositions);
        range = new PatternRange(s, p, o, pattern.Scope, g, order, prefixPositions);
        return true;
    }

    /// <summary>The key prefix to seek to, in a 16-byte buffer.</summary>
    public byte[] Prefix(out int length)
    {
        var prefix = new byte[IndexOrder.KeyLength];
        length = Order.WritePrefix(new IdQuad(Subject, Predicate, Object, Graph), PrefixPositions, prefix);
        return prefix;
    }

    /// <summary>
    /// Where a scan starts: the prefix itself, except that a scan of every named graph over a graph-first order starts
    /// after the default graph (graph id 0 sorts first), so it does not read the default graph's quads only to skip them.
    /// </summary>
    public byte[] SeekKey(int prefixLength)
    {
        byte[] start = Prefix(out _);
        if (Scope == GraphScope.NamedGraphs && PrefixPositions == 0 && Order.GraphFirst)
        {
            start[3] = 1;
            return start[..4];
        }
        return start[..prefixLength];
    }

    /// <summary>Whether a quad of the range matches (only the named-graphs scope needs a test).</summary>
    public bool Accepts(IdQuad quad) => Scope != GraphScope.NamedGraphs || quad.G != 0;

    private static bool TryNarrow(TermId? id, out int value)
    {
        value = 0;
        if (id is null)
        {
            return true;
        }
        if (id.Value.Value is <= 0 or > int.MaxValue)
        {
            return false;
        }
        value = (int)id.Value.Value;
        return true;
    }
}
