using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>Splits a unit's text into runs of capitalised tokens.</summary>
internal static partial class NameTokenizer
{
    [GeneratedRegex(@"(?:\p{Lu}\.\s?){1,3}(?=\p{Lu}\p{Ll})|\p{Lu}[\p{L}]*(?:[-‐][\p{L}]+)*")]
    private static partial Regex Token();

    /// <summary>" van ", " von der ": lower-case particles between two parts of one name.</summary>
    private static bool IsParticle(string between) =>
        between.Length > 2 && between[0] == ' ' && between[^1] == ' '
        && between.Trim().Split(' ').All(Gazetteer.Particles.Contains);

    public static IReadOnlyList<NameRun> Runs(string text)
    {
        var runs = new List<NameRun>();
        var current = new List<NameToken>();
        int previousEnd = -1;
        foreach (Match m in Token().Matches(text))
        {
            if (m.Index > 0 && (char.IsLetterOrDigit(text[m.Index - 1]) || text[m.Index - 1] is '-' or '‐'))
            {
                Flush();
                continue;
            }
            string value = m.Value.TrimEnd();
            bool initials = value.EndsWith('.');
            if (value.EndsWith("-like", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }
            var token = new NameToken(m.Index, m.Index + value.Length, value, initials);
            bool adjacent = current.Count > 0 && (
                (current[^1].IsInitials && token.Start - previousEnd <= 1 && text[previousEnd..token.Start].Trim().Length == 0)
                || (token.Start - previousEnd == 1 && text[previousEnd] == ' ')
                || IsParticle(text[previousEnd..token.Start]));
            if (!adjacent)
            {
                Flush();
            }
            current.Add(token);
            previousEnd = token.End;
        }
        Flush();
        return runs;

        void Flush()
        {
            // Initials must lead to a word: a trailing group of initials is dropped.
            while (current.Count > 0 && current[^1].IsInitials)
            {
                current.RemoveAt(current.Count - 1);
            }
            if (current.Count > 0)
            {
                runs.Add(new NameRun(text, [.. current]));
            }
            current.Clear();
        }
    }
}
