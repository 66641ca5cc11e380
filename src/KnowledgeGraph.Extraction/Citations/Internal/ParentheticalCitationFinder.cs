using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>
/// Finds author-date and MLA in-text citations — "(Polanyi 1944, 57)", "Granovetter (1985, 490)", "(Morrison 23)" —
/// and keeps those whose author (and year, when given) matches an entry of the reference list.
/// </summary>
internal static partial class ParentheticalCitationFinder
{
    public static IEnumerable<(ParsedReference Reference, CitedWork Work)> Find(MappedText content, int footnote, IReadOnlyList<CitedWork> listed)
    {
        string text = content.Text;
        var fields = new FieldFactory(content);
        foreach (Regex pattern in new[] { Parenthetical(), Narrative(), MlaParenthetical() })
        {
            foreach (Match m in pattern.Matches(text))
            {
                string family = m.Groups["name"].Value;
                string? year = m.Groups["year"].Success ? m.Groups["year"].Value : null;
                CitedWork? work = listed.FirstOrDefault(w => NameMatching.AnyFamily(w.Authors, family) && (year is null || w.Year == year));
                if (work is null)
                {
                    continue;
                }
                var reference = new ParsedReference
                {
                    FootnoteNumber = footnote,
                    Raw = fields.Field(m.Index, m.Index + m.Length),
                    Kind = work.Kind,
                    BackReference = BackReferenceKind.ShortForm,
                    TextStart = m.Index,
                };
                reference.Authors.Add(fields.Person(m.Groups["name"].Index, m.Groups["name"].Index + family.Length));
                if (year is not null)
                {
                    reference.Year = fields.Field(m.Groups["year"].Index, m.Groups["year"].Index + 4);
                }
                if (m.Groups["pg"].Success)
                {
                    reference.Pages = fields.Field(m.Groups["pg"].Index, m.Groups["pg"].Index + m.Groups["pg"].Length);
                }
                yield return (reference, work);
            }
        }
    }

    [GeneratedRegex(@"\((?:see\s+)?(?<name>[A-Z][\w'’\-]+)(?:\s+and\s+[A-Z][\w'’\-]+|\s+et al\.)?,?\s+(?<year>\d{4})[a-z]?(?:,\s*(?:pp?\.\s*)?(?<pg>\d+(?:[-–]\d+)?))?\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"(?<name>[A-Z][\w'’\-]+)(?:\s+and\s+[A-Z][\w'’\-]+|\s+et al\.)?\s+\((?<year>\d{4})[a-z]?(?:,\s*(?:pp?\.\s*)?(?<pg>\d+(?:[-–]\d+)?))?\)")]
    private static partial Regex Narrative();

    [GeneratedRegex(@"\((?<name>[A-Z][\w'’\-]+)\s+(?<pg>\d{1,4}(?:[-–]\d{1,4})?)\)")]
    private static partial Regex MlaParenthetical();
}
