using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>
/// Reads what follows a title: volume, the publication parenthesis (place, publisher, year), a periodical's
/// volume:issue (year) or date, and the pages cited.
/// </summary>
internal static partial class PublicationParser
{
    private const string Month = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter)\.?";

    /// <summary>Whether the text at <paramref name="position"/> looks like publication details.</summary>
    public static bool StartsPublicationDetails(string text, int position) =>
        PublicationStart().IsMatch(text[position..]);

    /// <summary>Reads details from <paramref name="position"/> on; returns where the reference ends.</summary>
    public static int Read(string text, int position, ParsedReference reference, FieldFactory fields, bool periodical)
    {
        int p = position;
        Match m;
        if ((m = VolumeWord().Match(text, p)).Success && m.Index == p)
        {
            reference.Volume ??= fields.Field(m.Groups["v"].Index, m.Groups["v"].Index + m.Groups["v"].Length);
            p = m.Index + m.Length;
        }
        if ((m = VolumeNumberYear().Match(text, p)).Success && m.Index == p)
        {
            reference.Volume ??= Group(m, "v", fields);
            reference.Issue ??= Group(m, "i", fields);
            reference.Year ??= Group(m, "y", fields);
            p = m.Index + m.Length;
            periodical = true;
        }
        else if ((m = VolumeIssueYear().Match(text, p)).Success && m.Index == p)
        {
            reference.Volume ??= Group(m, "v", fields);
            reference.Issue ??= Group(m, "i", fields);
            reference.Year ??= Group(m, "y", fields);
            p = m.Index + m.Length;
            periodical = true;
        }
        else if ((m = VolumeSeason().Match(text, p)).Success && m.Index == p)
        {
            reference.Volume ??= Group(m, "v", fields);
            reference.Year ??= Group(m, "y", fields);
            p = m.Index + m.Length;
            periodical = true;
        }
        else if ((m = Parenthesis().Match(text, p)).Success && m.Index == p)
        {
            ReadParenthesis(m.Groups["in"], reference, fields);
            p = m.Index + m.Length;
        }
        else if ((m = IssueDate().Match(text, p)).Success && m.Index == p)
        {
            reference.Year ??= Group(m, "y", fields);
            p = m.Index + m.Length;
            periodical = true;
        }
        if ((m = VolumeWord().Match(text, p)).Success && m.Index == p)
        {
            reference.Volume ??= Group(m, "v", fields);
            p = m.Index + m.Length;
        }
        if ((m = Pages().Match(text, p)).Success && m.Index == p || p > position && (m = BarePages().Match(text, p)).Success && m.Index == p)
        {
            reference.Pages ??= Group(m, "pg", fields);
            p = m.Index + m.Length;
        }
        if (periodical && reference.Kind is ReferenceKind.Unknown or ReferenceKind.Book)
        {
            reference.Kind = reference.Title is null ? ReferenceKind.Periodical : ReferenceKind.Article;
        }
        return p;
    }

    /// <summary>Reads pages at <paramref name="position"/>, if any (with or without "p."); returns the new position.</summary>
    public static int ReadPages(string text, int position, ParsedReference reference, FieldFactory fields)
    {
        int p = position;
        Match m;
        if ((m = VolumeWord().Match(text, p)).Success && m.Index == p)
        {
            reference.Volume ??= Group(m, "v", fields);
            p = m.Index + m.Length;
        }
        if ((m = Pages().Match(text, p)).Success && m.Index == p || (m = BarePages().Match(text, p)).Success && m.Index == p)
        {
            reference.Pages ??= Group(m, "pg", fields);
            p = m.Index + m.Length;
        }
        return p;
    }

    private static void ReadParenthesis(Group inside, ParsedReference reference, FieldFactory fields)
    {
        string content = inside.Value;
        Match year = YearAtEnd().Match(content);
        if (!year.Success)
        {
            Match pages = Pages().Match(", " + content);
            if (pages.Success && pages.Index == 0)
            {
                int start = inside.Index + pages.Groups["pg"].Index - 2;
                reference.Pages ??= fields.Field(start, start + pages.Groups["pg"].Length);
            }
            return;
        }
        reference.Year ??= fields.Field(inside.Index + year.Groups["y"].Index, inside.Index + year.Groups["y"].Index + year.Groups["y"].Length);
        string before = content[..year.Index].TrimEnd(' ', ',');
        if (before.Length == 0 || SeasonOnly().IsMatch(before))
        {
            return;
        }
        int colon = before.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            reference.Place ??= fields.Field(inside.Index, inside.Index + colon);
            reference.Publisher ??= fields.Field(inside.Index + colon + 1, inside.Index + before.Length);
        }
        else
        {
            reference.Place ??= fields.Field(inside.Index, inside.Index + before.Length);
        }
    }

    private static TextField Group(Match m, string name, FieldFactory fields) =>
        fields.Field(m.Groups[name].Index, m.Groups[name].Index + m.Groups[name].Length);

    [GeneratedRegex(@"^\s*[,.]?\s*(?:\((?:[^()]*?\b(?:1[5-9]|20)\d\d|\d{4})|(?:Vol|vol)\.\s*\d|\d+:\d+|\d+,\s*no\.|\d+\s*\(|pp?\.\s*\d|" + Month + @"(?:-" + Month + @")?\s+(?:\d{1,2},\s*)?\d{4}|\d{4}\b|forthcoming\b|in press\b)")]
    private static partial Regex PublicationStart();

    [GeneratedRegex(@"\s*[,.]?\s*(?:Vol|vol)\.\s*(?<v>\d+)")]
    private static partial Regex VolumeWord();

    [GeneratedRegex(@"\s*,?\s*(?<v>\d+),\s*no\.\s*(?<i>\d+)\s*\((?:[A-Za-z]+\s+)?(?<y>\d{4})\)")]
    private static partial Regex VolumeNumberYear();

    [GeneratedRegex(@"\s*[,:]\s*(?<pg>\d{1,4}(?:[-–]\d{1,4})?(?:ff\.?)?(?:,\s*\d{1,4}(?:[-–]\d{1,4})?)*)(?=[.;,)]|\s*$)")]
    private static partial Regex BarePages();

    [GeneratedRegex(@"\s*,?\s*(?<v>\d+):(?<i>\d+)\s*\((?<y>\d{4})\)")]
    private static partial Regex VolumeIssueYear();

    [GeneratedRegex(@"\s*,?\s*(?<v>\d+)\s*\((?:[A-Za-z]+\s+)?(?<y>\d{4}(?:-\d{2,4})?)\)")]
    private static partial Regex VolumeSeason();

    [GeneratedRegex(@"\s*\.?\s*\((?<in>[^()\n]{1,120}?)(?:\)|(?=$))")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"\s*,?\s*(?:" + Month + @"(?:-" + Month + @")?\s+(?:\d{1,2},\s*)?)?(?<y>(?:1[5-9]|20)\d\d)\b")]
    private static partial Regex IssueDate();

    [GeneratedRegex(@"\s*[,.;]?\s*(?:esp\.\s*|especially\s+)?pp?\.\s*(?<pg>[0-9IlSO][0-9IlSO]*(?:[-–][0-9]+)?(?:ff\.?)?(?:,\s*[0-9]+(?:[-–][0-9]+)?(?:ff\.?)?)*(?:\s+note)?)")]
    private static partial Regex Pages();

    [GeneratedRegex(@"(?<y>(?:1[5-9]|20)\d\d)(?:-\d{2,4})?\s*[^\d\s()]?$")]
    private static partial Regex YearAtEnd();

    [GeneratedRegex(@"^\s*" + Month + @"\s*$")]
    private static partial Regex SeasonOnly();
}
