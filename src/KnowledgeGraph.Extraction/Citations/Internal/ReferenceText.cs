using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>Small text helpers shared by the citation parser.</summary>
internal static partial class ReferenceText
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "cf", "ed", "eds", "pp", "p", "vol", "vols", "mass", "trans", "esp", "no", "st", "jr", "dr", "mr", "mrs",
        "op", "cit", "loc", "ibid", "feb", "jan", "aug", "sept", "oct", "nov", "dec", "n.j", "rev", "ch", "chap",
    };

    /// <summary>Where the sentence holding <paramref name="position"/> starts, not looking before <paramref name="floor"/>.</summary>
    public static int SentenceStart(string text, int position, int floor)
    {
        for (int i = position - 1; i > floor; i--)
        {
            char c = text[i];
            if (c is ';' or ':' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
            {
                return i + 1;
            }
            if (c == '\n')
            {
                return i + 1;
            }
            if (c is '.' or '?' or '!' && i + 1 < text.Length && (char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '"' or '\u201D' or '*'))
            {
                int wordStart = i;
                while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
                {
                    wordStart--;
                }
                string word = text[wordStart..i];
                bool initial = word.Length == 1 && char.IsUpper(word[0]) || word.Contains('.', StringComparison.Ordinal) && word.Length <= 6;
                if (c != '.' || !initial && !Abbreviations.Contains(word))
                {
                    int next = i + 1;
                    while (next < position && text[next] is '"' or '\u201D' or '*')
                    {
                        next++;
                    }
                    return next;
                }
            }
        }
        return floor;
    }

    /// <summary>The text with emphasis markers and surrounding punctuation removed.</summary>
    public static string Clean(string value) => value.Replace("*", "", StringComparison.Ordinal).Trim().TrimEnd(',', ';', ':').Trim();

    /// <summary>A comparison key: lower case letters and digits, single spaces.</summary>
    public static string Normalize(string value)
    {
        var chars = new System.Text.StringBuilder(value.Length);
        bool space = false;
        foreach (char c in KnowledgeGraph.Text.LatinLetters.Fold(value))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && chars.Length > 0)
                {
                    chars.Append(' ');
                }
                chars.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                space = true;
            }
        }
        return chars.ToString();
    }

    /// <summary>Whether the text is nothing but a back-reference abbreviation.</summary>
    public static BackReferenceKind BackReferenceOf(string value)
    {
        Match match = BackReferenceWord().Match(value.Trim());
        if (!match.Success || match.Length != value.Trim().Length)
        {
            return BackReferenceKind.None;
        }
        return match.Groups["ibid"].Success ? BackReferenceKind.Ibid
            : match.Groups["loc"].Success ? BackReferenceKind.LocCit
            : BackReferenceKind.OpCit;
    }

    /// <summary>Finds a trailing "op. cit." inside an italic span ("Bukharin, op.cit."), giving the short title before it.</summary>
    public static string? ShortTitleBeforeOpCit(string value)
    {
        Match match = TrailingOpCit().Match(value);
        return match.Success && match.Groups["short"].Value.Trim().Length > 0 ? match.Groups["short"].Value.Trim() : null;
    }

    [GeneratedRegex(@"(?<ibid>[Ii]bid\.?)|(?<op>[Oo]p\.\s?cit\.?)|(?<loc>[Ll]oc\.\s?cit\.?)")]
    public static partial Regex BackReferenceWord();

    [GeneratedRegex(@"^(?<short>.*?),?\s*[Oo]p\.\s?cit\.?$")]
    private static partial Regex TrailingOpCit();
}
