using KnowledgeGraph.Linking.Text;

namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>
/// How well a queried name matches one of our names, from 0 to 1, word by word so that word order does not count
/// ("Trotsky, Leon"), an initial matches its word ("L. Trotsky") and a misspelt word still matches ("Kruschev").
/// </summary>
internal static class TokenSimilarity
{
    /// <summary>Below this, two different words are taken as unrelated (so "trotskyite" is not "trotsky").</summary>
    public const double WordThreshold = 0.75;

    /// <summary>What an initial scores against a word with that first letter.</summary>
    public const double Initial = 0.9;

    // Precision (every queried word is found) matters more than recall (every word of our name is queried): a family
    // name alone should still find the person, a bit below the full name.
    private const double PrecisionWeight = 0.6;

    /// <summary>The similarity of a queried name to one of ours, both already split into normalised words.</summary>
    /// <param name="query">The queried name's words.</param>
    /// <param name="name">Our name's words.</param>
    /// <param name="personal">Whether ours is a person's name, so the conventions of personal names apply (a family
    /// name alone, initials in order); a title that merely ends in "Trotsky" should not score like the man.</param>
    public static double Of(IReadOnlyList<string> query, IReadOnlyList<string> name, bool personal)
    {
        if (query.Count == 0 || name.Count == 0)
        {
            return 0;
        }
        double precision = query.Average(q => name.Max(n => Words(q, n)));
        double recall = name.Average(n => query.Max(q => Words(q, n)));
        double byWords = PrecisionWeight * precision + (1 - PrecisionWeight) * recall;
        // NameSimilarity knows name conventions (initials in order, a family name alone); the better reading wins.
        return personal ? Math.Max(byWords, NameSimilarity.Of(string.Join(' ', query), string.Join(' ', name))) : byWords;
    }

    /// <summary>Whether the two names have the same words, in any order.</summary>
    public static bool SameWords(IReadOnlyList<string> query, IReadOnlyList<string> name) =>
        query.Count == name.Count && query.Order(StringComparer.Ordinal).SequenceEqual(name.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The similarity of two normalised words: 1 when equal, <see cref="Initial"/> for an initial, else by edit distance (0 under the threshold).</summary>
    public static double Words(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }
        if (a.Length == 1 || b.Length == 1)
        {
            return a[0] == b[0] ? Initial : 0;
        }
        double similarity = 1 - (double)EditDistance(a, b) / Math.Max(a.Length, b.Length);
        return similarity >= WordThreshold ? similarity : 0;
    }

    /// <summary>The Levenshtein distance (insertions, deletions, substitutions), two rows at a time.</summary>
    public static int EditDistance(string a, string b)
    {
        var above = new int[b.Length + 1];
        var row = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            above[j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = above[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                row[j] = Math.Min(substitution, Math.Min(above[j], row[j - 1]) + 1);
            }
            (above, row) = (row, above);
        }
        return above[b.Length];
    }
}
