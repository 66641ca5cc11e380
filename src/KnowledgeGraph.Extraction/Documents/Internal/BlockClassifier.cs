using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Documents;

/// <summary>Tells headings, epigraphs, footnote starts and running text apart by their look and their neighbours.</summary>
internal static partial class BlockClassifier
{
    public static List<BlockRole> Classify(IReadOnlyList<RawBlock> blocks)
    {
        var roles = new List<BlockRole>(blocks.Count);
        bool seenTitle = false;
        bool seenBody = false;
        for (int i = 0; i < blocks.Count; i++)
        {
            string text = blocks[i].Text;
            BlockRole previous = i == 0 ? BlockRole.Heading : roles[i - 1];
            BlockRole role;
            if (text.StartsWith('#'))
            {
                role = seenTitle ? BlockRole.Heading : BlockRole.Title;
                seenTitle = true;
            }
            else if (FootnoteStart().IsMatch(text))
            {
                role = BlockRole.Footnote;
            }
            else if (!seenBody && text.StartsWith("by ", StringComparison.OrdinalIgnoreCase) && text.Length < 120)
            {
                role = BlockRole.Byline;
            }
            else if (text.Contains('©') || text.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase))
            {
                role = BlockRole.Colophon;
            }
            else if (IsItalicHeading(text))
            {
                role = BlockRole.Heading;
            }
            else if (previous is BlockRole.Title or BlockRole.Byline or BlockRole.Heading && StartsWithQuotation(text))
            {
                role = BlockRole.Epigraph;
            }
            else if (previous == BlockRole.Epigraph && text.Length < 80 && !text.Contains('\n') && !EndsSentence(text) && char.IsUpper(text[0]))
            {
                role = BlockRole.Attribution;
            }
            else
            {
                role = BlockRole.Text;
                seenBody = true;
            }
            roles.Add(role);
        }
        return roles;
    }

    /// <summary>The number of a footnote block, and the span of its <c>n.</c>.</summary>
    public static (int Number, int Length) ReadFootnoteNumber(string text)
    {
        Match match = FootnoteStart().Match(text);
        return (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Length);
    }

    /// <summary>Whether the text ends a sentence (markers, emphasis and closing quotes looked through).</summary>
    public static bool EndsSentence(string text)
    {
        string trimmed = TrailingMarker().Replace(text, "").TrimEnd().TrimEnd('*').TrimEnd();
        if (trimmed.Length == 0)
        {
            return true;
        }
        char last = trimmed[^1];
        return last is '.' or '?' or '!' or '"' or '\u201D' or ')' or ']' or '\'' or '\u2019';
    }

    /// <summary>
    /// Whether the block starts like a new sentence (a capital letter, quotation marks and emphasis looked through)
    /// rather than mid-sentence (a small letter, a digit, punctuation).
    /// </summary>
    public static bool StartsFresh(string text)
    {
        foreach (char c in text)
        {
            if (c is '*' or '"' or '\u201C' or '\'' or '\u2018' or '(' or '[')
            {
                continue;
            }
            return char.IsLetter(c) && char.IsUpper(c);
        }
        return false;
    }

    private static bool IsItalicHeading(string text) =>
        text.Length < 100 && !text.Contains('\n') && text.StartsWith('*') && text.EndsWith('*')
        && !text.StartsWith("**", StringComparison.Ordinal) && !text.Contains("<sup>", StringComparison.Ordinal)
        && !text.TrimEnd('*').EndsWith('.') && text.Trim('*').IndexOf('*', StringComparison.Ordinal) < 0;

    private static bool StartsWithQuotation(string text) =>
        text.TrimStart('*').StartsWith('"') || text.TrimStart('*').StartsWith('\u201C');

    [GeneratedRegex(@"^(\d{1,3})\.\s+")]
    private static partial Regex FootnoteStart();

    [GeneratedRegex(@"(<sup>\s*\d+\s*</sup>|\*\*\d+\*\*)\s*$")]
    private static partial Regex TrailingMarker();
}
