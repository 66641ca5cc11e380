using System.Net;
using System.Text;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Resources;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Pages;

/// <summary>
/// The home page: the dataset by type with counts, and a search by label (<c>/?q=...</c>) that lists matching
/// resources. Server-rendered; a plain form works without JavaScript.
/// </summary>
internal sealed class IndexPage(DatasetHost dataset, ServerOptions options, PictureCache pictures)
{
    private const int NetworkSize = 60;
    private const int MaxHits = 100;
    private readonly IriMapper _mapper = new(options.BaseIri);

    public async Task HandleAsync(HttpContext http)
    {
        string? search = http.Request.Query["q"].FirstOrDefault()?.Trim();
        using IDatasetSnapshot snapshot = dataset.Store.OpenSnapshot();
        var html = new StringBuilder();
        string title = WebUtility.HtmlEncode(options.Title);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(title).Append("</title>\n<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n")
            .Append("<header><nav aria-label=\"site\"><a href=\"/\">").Append(title).Append("</a> · <a href=\"/sparql\">SPARQL</a></nav></header>\n<main>\n")
            .Append("<h1>").Append(title).Append("</h1>\n")
            .Append("<p>").Append(snapshot.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)).Append(" statements.</p>\n")
            .Append("<form role=\"search\" action=\"/\" method=\"get\"><label for=\"q\">Search by label</label> ")
            .Append("<input id=\"q\" name=\"q\" type=\"search\" value=\"").Append(WebUtility.HtmlEncode(search ?? "")).Append("\"> <button>Search</button></form>\n");
        if (!string.IsNullOrEmpty(search))
        {
            AppendSearch(html, snapshot, search);
        }
        AppendTypes(html, snapshot);
        AppendPictures(html);
        html.Append("</main>\n</body>\n</html>\n");
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html.ToString(), Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
    }

    private void AppendPictures(StringBuilder html)
    {
        var (network, events) = pictures.Get();
        if (network.Edges.Count > 0)
        {
            html.Append("<h2>Who cites whom</h2>\n<figure>\n")
                .Append(NetworkSvg.Render(network.Top(NetworkSize), _mapper, "Citation network of the people in the dataset"))
                .Append("<figcaption>The ").Append(Math.Min(NetworkSize, network.Labels.Count)).Append(" people most involved in citations; larger circles are cited more often.</figcaption>\n</figure>\n");
        }
        if (events.Count > 0)
        {
            html.Append("<h2>Timeline</h2>\n<figure>\n").Append(Timeline.Render(events, _mapper)).Append("</figure>\n");
        }
    }

    private void AppendTypes(StringBuilder html, IDatasetSnapshot snapshot)
    {
        var counts = snapshot.Match(QuadPattern.InAllGraphs(predicate: RdfVocab.Type))
            .Select(static q => (q.Subject, q.Object)).Distinct()
            .GroupBy(static p => p.Object)
            .Select(static g => (Type: g.Key, Count: g.Count()))
            .OrderByDescending(static t => t.Count).ToList();
        html.Append("<h2>By type</h2>\n<table>\n<thead><tr><th scope=\"col\">Type</th><th scope=\"col\">Resources</th></tr></thead>\n<tbody>\n");
        foreach (var (type, count) in counts)
        {
            html.Append("<tr><td><code>").Append(WebUtility.HtmlEncode(type.ToString())).Append("</code></td><td>").Append(count).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private void AppendSearch(StringBuilder html, IDatasetSnapshot snapshot, string search)
    {
        var hits = new List<(Term Resource, string Label)>();
        foreach (Iri property in options.Labels.Properties)
        {
            foreach (Quad quad in snapshot.Match(QuadPattern.InAllGraphs(predicate: property)))
            {
                if (quad.Object is Literal label && label.LexicalForm.Contains(search, StringComparison.OrdinalIgnoreCase))
                {
                    hits.Add((quad.Subject, label.LexicalForm));
                }
            }
        }
        var distinct = hits.DistinctBy(static h => h.Resource).OrderBy(static h => h.Label, StringComparer.OrdinalIgnoreCase).Take(MaxHits).ToList();
        html.Append("<h2>Resources matching “").Append(WebUtility.HtmlEncode(search)).Append("”</h2>\n");
        if (distinct.Count == 0)
        {
            html.Append("<p>No label contains that text.</p>\n");
            return;
        }
        html.Append("<ul>\n");
        foreach (var (resource, label) in distinct)
        {
            string href = resource is Iri iri ? _mapper.PathOf(iri.Value) ?? iri.Value : "#";
            html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(href)).Append("\">").Append(WebUtility.HtmlEncode(label)).Append("</a></li>\n");
        }
        html.Append("</ul>\n");
    }
}
