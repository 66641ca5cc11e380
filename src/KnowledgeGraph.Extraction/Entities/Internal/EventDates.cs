using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>
/// The year an essay dates an event to, read from its mentions: a year inside the name ("the 1932 famine", "the
/// Census of 1897") or right after it ("the 15th Party Congress of 1927", "Krushchev's thaw of 1956", "the New
/// Economic Policy (NEP) in 1921", "the Tambov Rebellion (1920-21)"), never a decade ("the purges of the 1930s"). When mentions disagree, the year most of them
/// state wins, then the earliest stated; the mention that states it is the evidence.
/// </summary>
internal static partial class EventDates
{
    [GeneratedRegex(@"(?<![\d-])(1[5-9]\d\d|20\d\d)(?![\p{L}\d])")]
    private static partial Regex YearInName();

    [GeneratedRegex(@"^[)""”*]?(?:,? (?:of|in) | \()(?<year>1[5-9]\d\d|20\d\d)(?![\p{L}\d])")]
    private static partial Regex YearAfter();

    public static (int Year, EntityMention Evidence)? Of(IReadOnlyList<EntityMention> mentions)
    {
        var stated = new List<(int Year, EntityMention Evidence)>();
        foreach (EntityMention mention in mentions)
        {
            Match inName = YearInName().Match(mention.Text);
            Match after = YearAfter().Match(mention.Unit.Content.Text[mention.End..]);
            string? year = inName.Success ? inName.Value : after.Success ? after.Groups["year"].Value : null;
            if (year is not null)
            {
                stated.Add((int.Parse(year, CultureInfo.InvariantCulture), mention));
            }
        }
        return stated.Count == 0
            ? null
            : stated.GroupBy(s => s.Year).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().First();
    }
}
