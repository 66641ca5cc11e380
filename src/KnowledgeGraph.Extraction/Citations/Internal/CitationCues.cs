using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>
/// Reads the wording around a reference for what kind of citation it is (a CiTO characterisation) and whether it
/// is secondhand. Cue words only: no knowledge of any particular text.
/// </summary>
internal static partial class CitationCues
{
    /// <summary>Cue patterns in priority order, each with the CiTO property it signals.</summary>
    private static readonly (Regex Cue, string Property)[] Cues =
    [
        (new Regex(@"\b(?:mistaken|dissenting|depressing|disagree\w*|erroneous|wrongly|in error|fails? to|ignorance)\b", RegexOptions.IgnoreCase), "disagreesWith"),
        (new Regex(@"\b(?:concur\w*|agree with|rightly|correctly)\b", RegexOptions.IgnoreCase), "agreesWith"),
        (new Regex(@"\b(?:convergent with|building on|extending)\b", RegexOptions.IgnoreCase), "extends"),
        (new Regex(@"\b(?:[Cc]ited (?:in|by)|[Qq]uoted (?:in|by))\b"), "citesAsSourceDocument"),
        (new Regex(@"\b(?:evidence|documentation|figures|data)\b", RegexOptions.IgnoreCase), "citesAsEvidence"),
        (new Regex(@"\b(?:best discussion|splendid|excellent|brilliant\w*|classic)\b", RegexOptions.IgnoreCase), "citesAsAuthority"),
        (new Regex(@"\b(?:[Ss]ee also|[Ff]or (?:a|the|an) \w+ (?:discussion|account))\b"), "citesAsRecommendedReading"),
        (new Regex(@"\b(?:Cf\.|cf\.|[Cc]ompare)"), "citesAsRelated"),
        (new Regex(@"(?:^|\s)(?:[Ss]ee)\b"), "citesForInformation"),
    ];

    /// <summary>The CiTO property the wording before a reference signals, or <c>includesQuotationFrom</c> right after a quotation.</summary>
    public static string Characterize(string before, bool followsQuotation)
    {
        foreach ((Regex cue, string property) in Cues)
        {
            if (cue.IsMatch(before))
            {
                return property;
            }
        }
        return followsQuotation ? "includesQuotationFrom" : "cites";
    }

    /// <summary>Whether the wording right before a reference says the words were found in it ("Cited in", "cited by").</summary>
    public static bool IsSecondhand(string left) => Secondhand().IsMatch(left);

    /// <summary>"A. Ciliga, cited in ": the person whose words were relayed, with its position in <paramref name="left"/>.</summary>
    public static Match RelayedAuthor(string left) => Relayed().Match(left);

    [GeneratedRegex(@"\b[Cc]ited\s+(?:in|by)\b|\b[Qq]uoted\s+(?:in|by)\b|\b[Cc]ites\b")]
    private static partial Regex Secondhand();

    [GeneratedRegex(@"(?<name>" + NamePatterns.Name + @"),?\s+(?:[Cc]ited|[Qq]uoted)\s+(?:in|by)\s")]
    private static partial Regex Relayed();
}
