using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Server.Resources;

namespace KnowledgeGraph.Server.Pages;

/// <summary>
/// A timeline of the dated events: resources whose type's local name contains "Event" and that have a date
/// (<c>schema:startDate</c>, <c>schema:date</c>, <c>dcterms:date</c>, <c>prov:atTime</c>...), drawn as inline SVG on
/// a year axis with each event linked to its page.
/// </summary>
internal static partial class Timeline
{
    private const double Width = 900;
    private static readonly Iri[] DateProperties =
    [
        new("https://schema.org/startDate"), new("http://schema.org/startDate"), new("https://schema.org/date"),
        new("http://purl.org/dc/terms/date"), new("http://www.w3.org/ns/prov#atTime"), new("http://www.w3.org/ns/prov#startedAtTime"),
    ];

    public static IReadOnlyList<(Iri Event, string Label, int Year)> Events(IDatasetSnapshot snapshot, LabelPolicy labelPolicy)
    {
        var events = new List<(Iri, string, int)>();
        var typed = snapshot.Match(QuadPattern.InAllGraphs(predicate: RdfVocab.Type))
            .Where(static q => q.Subject is Iri && LabelChooser.LocalName(q.Object).Contains("Event", StringComparison.OrdinalIgnoreCase))
            .Select(static q => (Iri)q.Subject).Distinct();
        foreach (Iri subject in typed)
        {
            int? year = DateProperties.SelectMany(p => snapshot.Match(QuadPattern.InAllGraphs(subject, p)))
                .Select(static q => q.Object).OfType<Literal>().Select(static l => YearOf(l.LexicalForm)).FirstOrDefault(static y => y is not null);
            if (year is { } y)
            {
                events.Add((subject, labelPolicy.LabelOf(subject, labelPolicy.LabelStatements(snapshot, subject)), y));
            }
        }
        return events.OrderBy(static e => e.Item3).ThenBy(static e => e.Item2, StringComparer.Ordinal).ToList();
    }

    public static string Render(IReadOnlyList<(Iri Event, string Label, int Year)> events, IriMapper mapper)
    {
        int first = events.Min(static e => e.Year), last = Math.Max(events.Max(static e => e.Year), first + 1);
        double height = 60 + 18 * events.Count;
        double X(int year) => 60 + (Width - 120) * (year - first) / (double)(last - first);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"timeline\" viewBox=\"0 0 {Width} {height:0}\" role=\"img\" aria-labelledby=\"tl-title\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"tl-title\">Timeline of {events.Count} dated events, {first} to {last}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"60\" y1=\"30\" x2=\"{Width - 60}\" y2=\"30\" stroke=\"currentColor\"/>\n");
        int step = Math.Max(1, (last - first) / 10);
        for (int year = first; year <= last; year += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(year):0.#}\" y=\"20\" font-size=\"11\" text-anchor=\"middle\" fill=\"currentColor\">{year}</text>\n");
        }
        for (int i = 0; i < events.Count; i++)
        {
            var (resource, label, year) = events[i];
            double y = 50 + 18 * i;
            // Late events are labelled to the left of their dot so the text stays inside the picture.
            bool left = X(year) > Width * 0.6;
            double textX = left ? X(year) - 8 : X(year) + 8;
            svg.Append("<a href=\"").Append(WebUtility.HtmlEncode(mapper.PathOf(resource.Value) ?? resource.Value)).Append("\">")
                .Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(year):0.#}\" cy=\"{y:0.#}\" r=\"4\" fill=\"#1a5fb4\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{textX:0.#}\" y=\"{y + 4:0.#}\" font-size=\"12\" text-anchor=\"{(left ? "end" : "start")}\" fill=\"currentColor\">{year}: ")
                .Append(WebUtility.HtmlEncode(label)).Append("</text></a>\n");
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>The year of an XSD date, dateTime or gYear, or of text that starts with a four-digit year.</summary>
    public static int? YearOf(string lexical)
    {
        Match match = YearPattern().Match(lexical);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^\s*(-?\d{4})")]
    private static partial Regex YearPattern();
}
