using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>Finds italic spans, quoted strings and bare back-reference abbreviations, in text order.</summary>
internal static partial class AnchorFinder
{
    public static List<Anchor> Find(string text)
    {
        var anchors = new List<Anchor>();
        var italicRanges = new List<(int Start, int End)>();
        foreach (Match m in Italic().Matches(text))
        {
            Group v = m.Groups["v"];
            anchors.Add(new Anchor(AnchorKind.Italic, m.Index, m.Index + m.Length, v.Index, v.Index + v.Length));
            italicRanges.Add((m.Index, m.Index + m.Length));
        }
        foreach (Match m in Quoted().Matches(text))
        {
            Group v = m.Groups["v"];
            if (v.Length is < 2 or > 220)
            {
                continue;
            }
            anchors.Add(new Anchor(AnchorKind.Quoted, m.Index, m.Index + m.Length, v.Index, v.Index + v.Length));
        }
        foreach (Match m in ReferenceText.BackReferenceWord().Matches(text))
        {
            if (italicRanges.Any(r => m.Index >= r.Start && m.Index < r.End) || m.Index > 0 && char.IsLetter(text[m.Index - 1]))
            {
                continue;
            }
            anchors.Add(new Anchor(AnchorKind.BackReference, m.Index, m.Index + m.Length, m.Index, m.Index + m.Length));
        }
        anchors.Sort((a, b) => a.Start.CompareTo(b.Start));
        return anchors;
    }

    [GeneratedRegex(@"(?<![*\w])\*(?!\*)(?<v>[^*\n]+?)\*(?!\*)")]
    private static partial Regex Italic();

    [GeneratedRegex(@"[""“](?<v>[^""“”\n]*?)[""”]")]
    private static partial Regex Quoted();
}
