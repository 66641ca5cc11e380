using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>
/// Solution rows: one <see cref="TermId"/> per variable slot, <c>default</c> (0) for unbound. Rows are never changed
/// after they are handed on, so operators copy before adding bindings.
/// </summary>
internal static class Rows
{
    /// <summary>Compatible mappings (section 18.3): no variable bound to different terms; unbound never conflicts.</summary>
    public static bool Compatible(TermId[] a, TermId[] b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            long x = a[i].Value, y = b[i].Value;
            if (x != 0 && y != 0 && x != y)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the rows bind at least one common variable (what MINUS requires).</summary>
    public static bool ShareBinding(TermId[] a, TermId[] b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i].Value != 0 && b[i].Value != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The merge of two compatible rows.</summary>
    public static TermId[] Merge(TermId[] a, TermId[] b)
    {
        var merged = (TermId[])a.Clone();
        for (int i = 0; i < merged.Length; i++)
        {
            if (merged[i].Value == 0)
            {
                merged[i] = b[i];
            }
        }
        return merged;
    }
}

/// <summary>Value equality of rows (ids are unique per term, so this is solution equality).</summary>
internal sealed class RowComparer : IEqualityComparer<TermId[]>
{
    public static readonly RowComparer Instance = new();

    public bool Equals(TermId[]? x, TermId[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);

    public int GetHashCode(TermId[] row)
    {
        var hash = new HashCode();
        foreach (TermId id in row)
        {
            hash.Add(id.Value);
        }
        return hash.ToHashCode();
    }
}
