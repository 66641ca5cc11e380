using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>
/// Reads a reference list ("References", "Works Cited", "Bibliography") in the author-date and MLA styles: one entry
/// per paragraph, family name first ("Polanyi, Karl. 1944. *The Great Transformation*. New York: Farrar &amp; Rinehart.",
/// "Morrison, Toni. *Beloved*. Knopf, 1987.").
/// </summary>
internal static partial class ReferenceListParser
{
    /// <summary>The entries, as full references, with the paragraphs they were read from.</summary>
    public static List<(ParsedReference Reference, int Paragraph)> Parse(EssayDocument document)
    {
        var entries = new List<(ParsedReference, int)>();
        bool inList = false;
        foreach (Paragraph paragraph in document.Paragraphs)
        {
            if (paragraph.Kind == ParagraphKind.Heading || paragraph.Kind == ParagraphKind.Title)
            {
                inList = ListHeading().IsMatch(paragraph.Content.Text);
                continue;
            }
            if (inList && paragraph.Kind == ParagraphKind.Body && Entry(paragraph) is ParsedReference reference)
            {
                entries.Add((reference, paragraph.Index));
            }
        }
        return entries;
    }

    /// <summary>The indexes of paragraphs inside reference lists.</summary>
    public static HashSet<int> ListParagraphs(EssayDocument document)
    {
        var inside = new HashSet<int>();
        bool inList = false;
        foreach (Paragraph paragraph in document.Paragraphs)
        {
            if (paragraph.Kind is ParagraphKind.Heading or ParagraphKind.Title)
            {
                inList = ListHeading().IsMatch(paragraph.Content.Text);
            }
            else if (inList)
            {
                inside.Add(paragraph.Index);
            }
        }
        return inside;
    }

    private static ParsedReference? Entry(Paragraph paragraph)
    {
        string text = paragraph.Content.Text;
        Match m = EntryStart().Match(text);
        if (!m.Success)
        {
            return null;
        }
        var fields = new FieldFactory(paragraph.Content);
        bool article = m.Groups["atitle"].Success;
        var reference = new ParsedReference
        {
            FootnoteNumber = 0,
            Raw = fields.Field(0, text.Length),
            Kind = article ? ReferenceKind.Article : ReferenceKind.Book,
            TextStart = 0,
        };
        AddNames(reference, m.Groups["names"], fields);
        reference.Title = article ? Field(m, "atitle", fields) : Field(m, "title", fields);
        if (article)
        {
            reference.Container = Field(m, "cont", fields);
        }
        if (m.Groups["year"].Success)
        {
            reference.Year = Field(m, "year", fields);
        }
        int rest = m.Index + m.Length;
        Match d;
        if ((d = VolumeIssuePages().Match(text, rest)).Success)
        {
            reference.Volume = Field(d, "v", fields);
            reference.Issue = Field(d, "i", fields);
            reference.Pages = Field(d, "pg", fields);
        }
        else if (article)
        {
            foreach ((Regex pattern, string name) in new[] { (MlaVolume(), "v"), (MlaIssue(), "i"), (MlaPages(), "pg"), (MlaYear(), "y") })
            {
                if ((d = pattern.Match(text, rest)).Success)
                {
                    TextField value = Field(d, name, fields);
                    _ = name switch
                    {
                        "v" => reference.Volume = value,
                        "i" => reference.Issue = value,
                        "pg" => reference.Pages = value,
                        _ => reference.Year ??= value,
                    };
                }
            }
        }
        else if ((d = BookImprint().Match(text, rest)).Success)
        {
            if (d.Groups["place"].Success)
            {
                reference.Place = Field(d, "place", fields);
            }
            reference.Publisher = Field(d, "pub", fields);
            if (d.Groups["y"].Success)
            {
                reference.Year ??= Field(d, "y", fields);
            }
        }
        return reference;
    }

    private static void AddNames(ParsedReference reference, Group names, FieldFactory fields)
    {
        // "Family, Given" first, then "and Given Family" for the others.
        string value = names.Value;
        int and = value.IndexOf(", and ", StringComparison.Ordinal);
        string first = and < 0 ? value : value[..and];
        int comma = first.IndexOf(',', StringComparison.Ordinal);
        string display = comma < 0 ? first : first[(comma + 1)..].Trim().TrimEnd(',') + " " + first[..comma];
        display = display.Replace(", Jr", "", StringComparison.Ordinal).Trim();
        reference.Authors.Add(new PersonName(display, fields.Field(names.Index, names.Index + first.Length).Span));
        if (and >= 0)
        {
            int start = names.Index + and + ", and ".Length;
            reference.Authors.Add(fields.Person(start, names.Index + names.Length));
        }
    }

    private static TextField Field(Match m, string group, FieldFactory fields) =>
        fields.Field(m.Groups[group].Index, m.Groups[group].Index + m.Groups[group].Length);

    [GeneratedRegex(@"^\s*(?:#+\s*)?\**\s*(?:References|Works Cited|Works Consulted|Bibliography|Literature Cited)\s*\**\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListHeading();

    [GeneratedRegex(@"^(?<names>[A-Z][\w'’\-]+,\s.+?)\.\s+(?:(?<year>\d{4})[a-z]?\.\s+)?(?:[""“](?<atitle>[^""”]+?)[.,]?[""”]\s+\*(?<cont>[^*]+)\*|\*(?<title>[^*]+)\*)")]
    private static partial Regex EntryStart();

    [GeneratedRegex(@"\G\s*(?<v>\d+)\s*\((?<i>\d+)\):\s*(?<pg>\d+(?:[-–]\d+)?)")]
    private static partial Regex VolumeIssuePages();

    [GeneratedRegex(@"\bvol\.\s*(?<v>\d+)")]
    private static partial Regex MlaVolume();

    [GeneratedRegex(@"\bno\.\s*(?<i>\d+)")]
    private static partial Regex MlaIssue();

    [GeneratedRegex(@"\bpp?\.\s*(?<pg>\d+(?:[-–]\d+)?)")]
    private static partial Regex MlaPages();

    [GeneratedRegex(@",\s*(?<y>\d{4})\s*,")]
    private static partial Regex MlaYear();

    [GeneratedRegex(@"\G\.?\s*(?:(?<place>[^:.,]+):\s*)?(?<pub>[^,.:]+?)(?:,\s*(?<y>\d{4}))?\.")]
    private static partial Regex BookImprint();
}
