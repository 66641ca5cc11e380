using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>Regular expressions for personal names and name lists as reference styles write them.</summary>
internal static partial class NamePatterns
{
    /// <summary>One name: up to five capitalised words or initials ("E.H. Carr", "Z.A.B. Zeman", "Roy A. Medvedev").</summary>
    public const string Name = @"(?:(?:[A-Z][\w'’\-]+|(?:[A-Z]\.)+)\s?){0,4}[A-Z][\w'’\-]+";

    /// <summary>A list of names joined by commas and "and".</summary>
    public const string Names = "(?:" + Name + @")(?:(?:,\s*and\s+|\s+and\s+|,\s*)(?:" + Name + "))*";

    private static readonly HashSet<string> CueWords = new(StringComparer.Ordinal)
    {
        "See", "Cf", "Cf.", "In", "Cited", "Compare", "Also", "And", "For", "According", "As", "Thus", "But", "Again",
        "Quoted", "Here", "The", "A", "An", "On", "By", "To", "From", "Yet",
    };

    /// <summary>Splits a matched name list into names with their offsets, dropping cue words caught at the front.</summary>
    public static IEnumerable<(string Name, int Start, int End)> SplitNames(string text, int offset)
    {
        foreach (Match part in NameInList().Matches(text))
        {
            string name = part.Value;
            int start = part.Index;
            while (true)
            {
                int space = name.IndexOf(' ', StringComparison.Ordinal);
                string first = space < 0 ? name : name[..space];
                if (space < 0 || !CueWords.Contains(first))
                {
                    break;
                }
                name = name[(space + 1)..];
                start += space + 1;
            }
            if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
            {
                name = name[..^2];
            }
            else if (name.EndsWith('\'') || name.EndsWith('’'))
            {
                name = name[..^1];
            }
            if (CueWords.Contains(name) || name.Length < 2)
            {
                continue;
            }
            yield return (name, offset + start, offset + start + name.Length);
        }
    }

    [GeneratedRegex(Name)]
    private static partial Regex NameInList();
}
