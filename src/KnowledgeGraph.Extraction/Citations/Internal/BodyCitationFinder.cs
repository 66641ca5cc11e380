using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>
/// Finds citations in the running text: an italic title that is the title of a work the notes cite
/// ("as Preobrazhensky and Bukharin observed in *The ABC of Communism*"), with the names just before it.
/// </summary>
internal static partial class BodyCitationFinder
{
    public static IEnumerable<CitationAct> Find(EssayDocument document, IReadOnlyList<CitedWork> works, int actsSoFar)
    {
        var byTitle = works.Where(w => w.Title is not null)
            .GroupBy(w => ReferenceText.Normalize(w.Title!))
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        int id = actsSoFar;
        HashSet<int> referenceList = ReferenceListParser.ListParagraphs(document);
        foreach (Paragraph paragraph in document.Paragraphs.Where(p => p.Kind == ParagraphKind.Body && !referenceList.Contains(p.Index)))
        {
            string text = paragraph.Content.Text;
            foreach (Match m in Italic().Matches(text))
            {
                string key = ReferenceText.Normalize(m.Groups["v"].Value);
                if (key.Length < 6 || !byTitle.TryGetValue(key, out CitedWork? work))
                {
                    continue;
                }
                var fields = new FieldFactory(paragraph.Content);
                int start = m.Index;
                Match names = NamesBefore().Match(text[..m.Index]);
                var reference = new ParsedReference
                {
                    FootnoteNumber = 0,
                    Raw = fields.Field(names.Success ? names.Index : start, m.Index + m.Length),
                    Kind = work.Kind,
                    Title = fields.Field(m.Groups["v"].Index, m.Groups["v"].Index + m.Groups["v"].Length),
                    TextStart = start,
                };
                if (names.Success)
                {
                    foreach ((string _, int s, int e) in NamePatterns.SplitNames(names.Groups["names"].Value, names.Groups["names"].Index))
                    {
                        reference.Authors.Add(fields.Person(s, e));
                    }
                }
                yield return new CitationAct(++id, reference, work) { ParagraphIndex = paragraph.Index };
            }
        }
    }

    [GeneratedRegex(@"(?<![*\w])\*(?!\*)(?<v>[^*\n]+?)\*(?!\*)")]
    private static partial Regex Italic();

    [GeneratedRegex(@"(?<names>" + NamePatterns.Names + @")(?:['’]s?)?(?:\s+[a-z]+){0,3}\s+(?:in\s+)?$")]
    private static partial Regex NamesBefore();
}
