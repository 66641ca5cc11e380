using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Documents;

/// <summary>Finds footnote markers in running text: <c>&lt;sup&gt;n&lt;/sup&gt;</c>, and bold digits standing alone.</summary>
internal static partial class MarkerScanner
{
    public readonly record struct Found(int Start, int End, int Number, MarkerStyle Style);

    public static IEnumerable<Found> Scan(string source, int start, int end)
    {
        foreach (Match match in Marker().Matches(source[start..end]))
        {
            bool superscript = match.Groups["sup"].Success;
            string digits = superscript ? match.Groups["sup"].Value : match.Groups["bold"].Value;
            yield return new Found(
                start + match.Index,
                start + match.Index + match.Length,
                int.Parse(digits, CultureInfo.InvariantCulture),
                superscript ? MarkerStyle.Superscript : MarkerStyle.BoldDigits);
        }
    }

    [GeneratedRegex(@"<sup>\s*(?<sup>\d{1,3})\s*</sup>|(?<=\S\s?)\*\*(?<bold>\d{1,3})\*\*(?=\s|$)")]
    private static partial Regex Marker();
}
