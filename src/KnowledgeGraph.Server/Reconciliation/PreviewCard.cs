using System.Net;
using System.Text;
using KnowledgeGraph.Linking.Vocabulary;

namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>
/// The small HTML card a client shows in an iframe when a user hovers a candidate: name, types, description, other
/// names, Wikidata links and a link to the full page. Self-contained (inline style, no scripts, fonts or images) and
/// every value escaped.
/// </summary>
internal static class PreviewCard
{
    /// <summary>The card of <paramref name="entity"/>, whose full page is at <paramref name="pageUrl"/> (null when not served here).</summary>
    public static string Render(IndexedEntity entity, EntityIndex index, string? pageUrl)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Encode(entity.Name)).Append("</title>\n")
            .Append("<style>body{font:14px/1.4 system-ui,sans-serif;margin:8px;color:#222}h1{font-size:16px;margin:0 0 4px}")
            .Append(".types{color:#555;margin:0 0 6px}p{margin:0 0 6px}code{font-size:12px;color:#555;word-break:break-all}</style></head>\n<body>\n");
        string name = Encode(entity.Name);
        html.Append("<h1>").Append(pageUrl is null ? name : $"<a href=\"{Encode(pageUrl)}\" target=\"_blank\">{name}</a>").Append("</h1>\n");
        html.Append("<p class=\"types\">").AppendJoin(", ", CandidateJson.ShownTypes(entity).Select(t => Encode(index.ClassName(t)))).Append("</p>\n");
        if (entity.Description is { } description)
        {
            html.Append("<p>").Append(Encode(description.Length > 300 ? description[..300] + "…" : description)).Append("</p>\n");
        }
        var otherNames = entity.Names.Where(n => n != entity.Name).Take(5).ToList();
        if (otherNames.Count > 0)
        {
            html.Append("<p>Also: ").AppendJoin("; ", otherNames.Select(Encode)).Append("</p>\n");
        }
        if (entity.WikidataIds.Count > 0)
        {
            html.Append("<p>").AppendJoin(", ", entity.WikidataIds.Select(q =>
                $"<a href=\"{Encode(LinkVocabulary.WikidataEntity + q)}\" target=\"_blank\" rel=\"external\">Wikidata {Encode(q)}</a>")).Append("</p>\n");
        }
        html.Append("<p><code>").Append(Encode(entity.Id.Value)).Append("</code></p>\n</body></html>\n");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
