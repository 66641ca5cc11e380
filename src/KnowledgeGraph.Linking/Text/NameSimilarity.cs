using System.Text;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Linking.Text;

/// <summary>
/// How alike two names are, from 0 to 1, the way a reader compares them: case, accents and punctuation do not count,
/// initials match the names they abbreviate ("E.H. Carr" and "Edward Hallett Carr"), a family name alone matches a
/// full name less strongly, and anything else is compared by edit distance.
/// </summary>
public static class NameSimilarity
{
    /// <summary>Score of a name whose given names are initials of (or equal to) the other's, with the same family name.</summary>
    public const double CompatibleNames = 0.92;

    /// <summary>Score of a family name alone against a full name ending in it.</summary>
    public const double FamilyNameOnly = 0.8;

    /// <summary>The best similarity over every pair of names.</summary>
    public static double Best(IEnumerable<string> ours, IEnumerable<string> theirs)
    {
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(theirs);
        var theirList = theirs.ToList();
        double best = 0;
        foreach (string a in ours)
        {
            foreach (string b in theirList)
            {
                best = Math.Max(best, Of(a, b));
            }
        }
        return best;
    }

    /// <summary>The similarity of two names.</summary>
    public static double Of(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        string[] x = Tokens(a), y = Tokens(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return 0;
        }
        if (x.SequenceEqual(y))
        {
            return 1;
        }
        double edit = 1 - (double)EditDistance.Levenshtein(string.Join(' ', x), string.Join(' ', y)) / Math.Max(string.Join(' ', x).Length, string.Join(' ', y).Length);
        if (x[^1] == y[^1])
        {
            if (x.Length == 1 || y.Length == 1)
            {
                return Math.Max(edit, FamilyNameOnly);
            }
            if (GivenNamesCompatible(x[..^1], y[..^1]))
            {
                return Math.Max(edit, CompatibleNames);
            }
        }
        return edit;
    }

    /// <summary>The name lower-cased, without accents or punctuation, split into words.</summary>
    public static string[] Tokens(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = new StringBuilder(name.Length);
        foreach (char c in LatinLetters.Fold(name).ToLowerInvariant())
        {
            folded.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    // Each given name of the shorter list is equal to, or the initial of, the given name at the same place in the other.
    private static bool GivenNamesCompatible(string[] x, string[] y)
    {
        string[] shorter = x.Length <= y.Length ? x : y, longer = x.Length <= y.Length ? y : x;
        for (int i = 0; i < shorter.Length; i++)
        {
            string s = shorter[i], l = longer[i];
            bool compatible = s == l || (s.Length == 1 && l[0] == s[0]) || (l.Length == 1 && s[0] == l[0]);
            if (!compatible)
            {
                return false;
            }
        }
        return true;
    }

    // Invariant globalization has no Unicode decomposition, so the Latin letters with accents that names use are folded here.
}
