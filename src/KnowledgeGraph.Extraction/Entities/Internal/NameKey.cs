using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>Normalises names for matching: case, diacritics, and the usual transliteration variants of one name.</summary>
internal static class NameKey
{
    /// <summary>Lower-case letters only, diacritics removed.</summary>
    public static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in KnowledgeGraph.Text.LatinLetters.Fold(name))
        {
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// A transliteration skeleton: folded, with h dropped, c/ck as k, y as i, w as v and doubled letters single, so that
    /// "Krushchev" and "Khrushchev", "Nikolaevskii" and "Nicolaevsky" share one key.
    /// </summary>
    public static string Skeleton(string name)
    {
        string folded = Fold(name).Replace("ck", "k", StringComparison.Ordinal);
        var builder = new StringBuilder(folded.Length);
        foreach (char c in folded)
        {
            char mapped = c switch { 'h' => '\0', 'c' => 'k', 'y' => 'i', 'w' => 'v', 'j' => 'i', _ => c };
            if (mapped != '\0' && (builder.Length == 0 || builder[^1] != mapped))
            {
                builder.Append(mapped);
            }
        }
        return builder.ToString();
    }

    /// <summary>Whether two family names are the same name: equal skeletons, or one slip in a long name.</summary>
    public static bool SameFamily(string a, string b)
    {
        string x = Skeleton(a);
        string y = Skeleton(b);
        return x == y || (x.Length >= 7 && y.Length >= 7 && x[0] == y[0] && Citations.NameMatching.Distance(x, y) <= 1);
    }

    /// <summary>"DZHUGASHVILI" → "Dzhugashvili".</summary>
    public static string TitleCase(string word) =>
        word.Length == 0 ? word : string.Join('-', word.Split('-').Select(p => p.Length == 0 ? p : p[..1] + p[1..].ToLowerInvariant()));
}
