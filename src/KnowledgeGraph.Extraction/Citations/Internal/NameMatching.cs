namespace KnowledgeGraph.Extraction.Citations;

/// <summary>Compares family names tolerantly: case, diacritics, and one OCR slip in a long name.</summary>
internal static class NameMatching
{
    public static bool SameFamily(string a, string b)
    {
        string x = ReferenceText.Normalize(a);
        string y = ReferenceText.Normalize(b);
        if (x == y)
        {
            return true;
        }
        return x.Length >= 5 && y.Length >= 5 && Distance(x, y) <= 1;
    }

    public static bool AnyFamily(IEnumerable<PersonName> names, string family) => names.Any(n => SameFamily(n.Family, family));

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
