namespace KnowledgeGraph.Rdf.Store.Internal;

/// <summary>Set operations and prefix ranges on sorted, duplicate-free <see cref="IdTriple"/> arrays.</summary>
internal static class SortedRuns
{
    /// <summary>The elements of <paramref name="a"/> not in <paramref name="b"/>.</summary>
    public static IdTriple[] Except(IdTriple[] a, IdTriple[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a;
        }
        var result = new List<IdTriple>(a.Length);
        int j = 0;
        foreach (IdTriple item in a)
        {
            while (j < b.Length && b[j].CompareTo(item) < 0)
            {
                j++;
            }
            if (j < b.Length && b[j].Equals(item))
            {
                continue;
            }
            result.Add(item);
        }
        return result.Count == a.Length ? a : [.. result];
    }

    /// <summary>The union of two disjoint sorted arrays.</summary>
    public static IdTriple[] Union(IdTriple[] a, IdTriple[] b)
    {
        if (b.Length == 0)
        {
            return a;
        }
        if (a.Length == 0)
        {
            return b;
        }
        var result = new IdTriple[a.Length + b.Length];
        int i = 0, j = 0, k = 0;
        while (i < a.Length && j < b.Length)
        {
            result[k++] = a[i].CompareTo(b[j]) <= 0 ? a[i++] : b[j++];
        }
        while (i < a.Length)
        {
            result[k++] = a[i++];
        }
        while (j < b.Length)
        {
            result[k++] = b[j++];
        }
        return result;
    }

    /// <summary>Whether a sorted array holds an element.</summary>
    public static bool Contains(IdTriple[] run, IdTriple item) => Array.BinarySearch(run, item) >= 0;

    /// <summary>
    /// The index range of elements whose first <paramref name="prefixLength"/> components equal <paramref name="key"/>'s.
    /// Ids are positive, so 0 and <see cref="int.MaxValue"/> bound the unconstrained components.
    /// </summary>
    public static (int Start, int End) PrefixRange(IdTriple[] run, int prefixLength, IdTriple key)
    {
        if (run.Length == 0)
        {
            return (0, 0);
        }
        IdTriple low = prefixLength switch
        {
            0 => new(0, 0, 0),
            1 => new(key.A, 0, 0),
            2 => new(key.A, key.B, 0),
            _ => key,
        };
        IdTriple high = prefixLength switch
        {
            0 => new(int.MaxValue, int.MaxValue, int.MaxValue),
            1 => new(key.A, int.MaxValue, int.MaxValue),
            2 => new(key.A, key.B, int.MaxValue),
            _ => key,
        };
        return (LowerBound(run, low), UpperBound(run, high));
    }

    private static int LowerBound(IdTriple[] run, IdTriple key)
    {
        int lo = 0, hi = run.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (run[mid].CompareTo(key) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static int UpperBound(IdTriple[] run, IdTriple key)
    {
        int lo = 0, hi = run.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (run[mid].CompareTo(key) <= 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
