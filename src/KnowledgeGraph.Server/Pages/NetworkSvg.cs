using System.Globalization;
using System.Net;
using System.Text;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Server.Resources;

namespace KnowledgeGraph.Server.Pages;

/// <summary>
/// Draws a <see cref="CitationNetwork"/> as inline SVG: one circle per person, sized by how often they are cited,
/// arrows from citing to cited with width by count, every person a link to their page. It has a title and a text
/// description for screen readers and needs no JavaScript.
/// </summary>
internal static class NetworkSvg
{
    private const double Width = 900;
    private const double Height = 560;

    public static string Render(CitationNetwork network, IriMapper mapper, string title, Iri? focus = null)
    {
        var people = network.Labels.Keys.OrderBy(static p => p.Value, StringComparer.Ordinal).ToList();
        var index = people.Select(static (p, i) => (p, i)).ToDictionary(static x => x.p, static x => x.i);
        var edges = network.Edges.OrderBy(static e => e.Key.From.Value, StringComparer.Ordinal).ThenBy(static e => e.Key.To.Value, StringComparer.Ordinal).ToList();
        var position = ForceLayout.Place(people.Count, edges.Select(e => (index[e.Key.From], index[e.Key.To])).ToList(), Width, Height);
        int maxCited = Math.Max(1, network.CitedCount.Values.DefaultIfEmpty(1).Max());
        double Radius(Iri p) => 5 + 14 * Math.Sqrt(network.CitedCount.GetValueOrDefault(p) / (double)maxCited);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"network\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"net-title net-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        svg.Append("<title id=\"net-title\">").Append(Encode(title)).Append("</title>\n");
        svg.Append("<desc id=\"net-desc\">").Append(people.Count).Append(" people, ").Append(edges.Count).Append(" citation links. Circle size shows how often a person is cited; arrows point from the citing to the cited author.</desc>\n");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#888\"/></marker></defs>\n");
        foreach (var ((from, to), count) in edges)
        {
            var (x1, y1) = position[index[from]];
            var (x2, y2) = position[index[to]];
            double length = Math.Max(1, Math.Sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)));
            double r = Radius(to) + 2;
            // Stop the line at the target circle's edge so the arrowhead stays visible.
            double ex = x2 - (x2 - x1) / length * r, ey = y2 - (y2 - y1) / length * r;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{ex:0.#}\" y2=\"{ey:0.#}\" stroke=\"#888\" stroke-opacity=\"0.6\" stroke-width=\"{Math.Min(6, 0.8 + count * 0.6):0.#}\" marker-end=\"url(#arrow)\"><title>")
                .Append(Encode($"{network.Labels[from]} cites {network.Labels[to]} ({count}×)")).Append("</title></line>\n");
        }
        foreach (Iri person in people)
        {
            var (x, y) = position[index[person]];
            string href = mapper.PathOf(person.Value) ?? person.Value;
            int cited = network.CitedCount.GetValueOrDefault(person);
            string fill = person.Equals(focus) ? "#c01c28" : "#1a5fb4";
            svg.Append("<a href=\"").Append(Encode(href)).Append("\">")
                .Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{Radius(person):0.#}\" fill=\"{fill}\" fill-opacity=\"0.85\"><title>")
                .Append(Encode($"{network.Labels[person]}: cited {cited}×")).Append("</title></circle>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y - Radius(person) - 3:0.#}\" text-anchor=\"middle\" font-size=\"11\" fill=\"currentColor\">")
                .Append(Encode(network.Labels[person])).Append("</text></a>\n");
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
