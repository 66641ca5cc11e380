using System.Text;

namespace KnowledgeGraph.Extraction.Tests.Quality;

/// <summary>
/// How a predicted field value is compared with the gold one. Exact: equal after trimming, collapsing spaces and
/// dropping a final full stop (name lists compared as sets). Fuzzy (as GROBID's "soft" matching): equal after
/// keeping only lower-case letters and digits, or a Levenshtein similarity of at least 0.8; names by family name.
/// </summary>
internal static class FieldComparison
{
    public static bool Exact(string field, string gold, string predicted)
    {
        if (IsNameList(field))
        {
            return NameSet(gold, n => Tidy(n)).SetEquals(NameSet(predicted, n => Tidy(n)));
        }
        return Tidy(gold) == Tidy(predicted);
    }

    public static bool Fuzzy(string field, string gold, string predicted)
    {
        if (IsNameList(field))
        {
            return NameSet(gold, Family).SetEquals(NameSet(predicted, Family));
        }
        string a = Letters(gold);
        string b = Letters(predicted);
        if (a == b)
        {
            return true;
        }
        int longest = Math.Max(a.Length, b.Length);
        return longest > 0 && 1.0 - (double)Distance(a, b) / longest >= 0.8;
    }

    public static double Similarity(string a, string b)
    {
        string x = Letters(a);
        string y = Letters(b);
        int longest = Math.Max(x.Length, y.Length);
        return longest == 0 ? 0 : 1.0 - (double)Distance(x, y) / longest;
    }

    private static bool IsNameList(string field) => field is "authors" or "editors" or "translators";

    private static HashSet<string> NameSet(string list, Func<string, string> key) =>
        [.. list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(key)];

    private static string Family(string name)
    {
        string[] words = name.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : Letters(words[^1]);
    }

    private static string Tidy(string value)
    {
        string collapsed = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return collapsed.TrimEnd('.');
    }

    private static string Letters(string value)
    {
        var builder = new StringBuilder();
        foreach (char c in KnowledgeGraph.Text.LatinLetters.Fold(value))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }

    private static int Distance(string a, string b) => KnowledgeGraph.Text.EditDistance.Levenshtein(a, b);
}
