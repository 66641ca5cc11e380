using System.Text;

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
        double edit = 1 - (double)Levenshtein(string.Join(' ', x), string.Join(' ', y)) / Math.Max(string.Join(' ', x).Length, string.Join(' ', y).Length);
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
        foreach (char c in name)
        {
            char f = Fold(char.ToLowerInvariant(c));
            folded.Append(char.IsLetterOrDigit(f) ? f : ' ');
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
    private static char Fold(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' or 'ā' or 'ă' or 'ą' => 'a',
        'ç' or 'ć' or 'č' => 'c',
        'ď' or 'đ' => 'd',
        'é' or 'è' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' => 'e',
        'í' or 'ì' or 'î' or 'ï' or 'ī' => 'i',
        'ł' or 'ľ' => 'l',
        'ñ' or 'ń' or 'ň' => 'n',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' or 'ø' or 'ō' or 'ő' => 'o',
        'ř' => 'r',
        'ś' or 'š' or 'ş' => 's',
        'ť' or 'ţ' => 't',
        'ú' or 'ù' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' => 'u',
        'ý' or 'ÿ' => 'y',
        'ź' or 'ż' or 'ž' => 'z',
        _ => c,
    };

    private static int Levenshtein(string a, string b)
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
