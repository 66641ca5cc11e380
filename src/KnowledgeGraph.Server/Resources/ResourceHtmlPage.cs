using System.Net;
using System.Text;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Server.Resources;

/// <summary>
/// The HTML page of a resource: readable without JavaScript or outside assets, with its label, types, properties
/// (linked resources shown by label), incoming links, and links to the same description in every RDF format.
/// </summary>
internal sealed class ResourceHtmlPage(IriMapper mapper, ServerOptions options)
{
    public string Render(ResourceDescription description, IReadOnlyList<(string Name, string MediaType, string Href)> alternates, string? jsonLd, string? neighbourhoodSvg = null, IReadOnlyList<TextSnippet>? snippets = null)
    {
        var all = description.All.ToList();
        string label = options.Labels.LabelOf(description.Resource, all);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(label)).Append(" — ").Append(Encode(options.Title)).Append("</title>\n");
        foreach (var (name, mediaType, href) in alternates)
        {
            html.Append("<link rel=\"alternate\" type=\"").Append(Encode(mediaType)).Append("\" href=\"").Append(Encode(href)).Append("\" title=\"").Append(Encode(name)).Append("\">\n");
        }
        html.Append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n");
        if (jsonLd is not null)
        {
            // "</" cannot appear inside a script element; JSON allows escaping the slash.
            html.Append("<script type=\"application/ld+json\">").Append(jsonLd.Replace("</", "<\\/", StringComparison.Ordinal)).Append("</script>\n");
        }
        html.Append("</head>\n<body>\n");
        html.Append("<header><nav aria-label=\"site\"><a href=\"/\">").Append(Encode(options.Title)).Append("</a> · <a href=\"/sparql\">SPARQL</a></nav></header>\n<main>\n");
        html.Append("<h1>").Append(Encode(label)).Append("</h1>\n");
        html.Append("<p class=\"iri\"><code>").Append(Encode(description.Resource.Value)).Append("</code></p>\n");
        var types = description.Outgoing.Where(q => q.Subject.Equals(description.Resource) && q.Predicate.Equals(RdfVocab.Type)).Select(static q => q.Object).Distinct().ToList();
        if (types.Count > 0)
        {
            html.Append("<p>Type: ").AppendJoin(", ", types.Select(t => Link(t, all))).Append("</p>\n");
        }
        AppendOutsideLinks(html, description);
        AppendProperties(html, description, all);
        AppendIncoming(html, description, all);
        if (snippets is { Count: > 0 })
        {
            AppendSnippets(html, snippets);
        }
        if (neighbourhoodSvg is not null)
        {
            html.Append("<h2>Citation neighbourhood</h2>\n<figure>\n").Append(neighbourhoodSvg)
                .Append("<figcaption>The people this person cites and who cite them; arrows point from the citing to the cited author.</figcaption>\n</figure>\n");
        }
        html.Append("<h2>This description in other formats</h2>\n<ul class=\"formats\">\n");
        foreach (var (name, mediaType, href) in alternates)
        {
            html.Append("<li><a href=\"").Append(Encode(href)).Append("\" type=\"").Append(Encode(mediaType)).Append("\">").Append(Encode(name)).Append("</a></li>\n");
        }
        html.Append("</ul>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    // The same entity elsewhere (skos:exactMatch or owl:sameAs to a Wikidata item), named plainly so readers can follow it.
    private static void AppendOutsideLinks(StringBuilder html, ResourceDescription description)
    {
        var items = description.Outgoing
            .Where(q => q.Subject.Equals(description.Resource) && OutsideLinks.IsLinkPredicate(q.Predicate) && q.Object is Iri target && OutsideLinks.WikidataId(target) is not null)
            .Select(static q => (Iri)q.Object).Distinct().OrderBy(static i => i.Value, StringComparer.Ordinal).ToList();
        if (items.Count == 0)
        {
            return;
        }
        html.Append("<p class=\"same-as\">Also on ");
        html.AppendJoin(", ", items.Select(i => $"<a href=\"{Encode(i.Value)}\" rel=\"external\">Wikidata {Encode(OutsideLinks.WikidataId(i)!)}</a>"));
        html.Append("</p>\n");
    }

    private void AppendProperties(StringBuilder html, ResourceDescription description, List<Quad> all)
    {
        var rows = description.Outgoing
            .Where(q => q.Subject.Equals(description.Resource) && !q.Predicate.Equals(RdfVocab.Type))
            .GroupBy(static q => q.Predicate)
            .OrderBy(static g => LabelChooser.LocalName(g.Key), StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }
        html.Append("<h2>Properties</h2>\n<table class=\"properties\">\n<thead><tr><th scope=\"col\">Property</th><th scope=\"col\">Value</th></tr></thead>\n<tbody>\n");
        foreach (var group in rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(Link(group.Key, all)).Append("</th><td>")
                .AppendJoin("<br>", group.Select(static q => q.Object).Distinct().Select(o => Value(o, description, all)))
                .Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private void AppendIncoming(StringBuilder html, ResourceDescription description, List<Quad> all)
    {
        if (description.Incoming.Count == 0)
        {
            return;
        }
        html.Append("<h2>Linked from</h2>\n<table class=\"incoming\">\n<thead><tr><th scope=\"col\">Resource</th><th scope=\"col\">by property</th></tr></thead>\n<tbody>\n");
        foreach (Quad quad in description.Incoming.DistinctBy(static q => (q.Subject, q.Predicate)).OrderBy(q => options.Labels.LabelOf(q.Subject, all), StringComparer.OrdinalIgnoreCase))
        {
            html.Append("<tr><td>").Append(Link(quad.Subject, all)).Append("</td><td>").Append(Link(quad.Predicate, all)).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        if (description.IncomingTruncated)
        {
            html.Append("<p>More resources link here than this page lists; ask the SPARQL endpoint for all of them.</p>\n");
        }
    }

    // Whitespace (line breaks of the source file) is folded, and long contexts are cut to a few words either side.
    private void AppendSnippets(StringBuilder html, IReadOnlyList<TextSnippet> snippets)
    {
        html.Append("<h2>Where the text mentions it</h2>\n<ol class=\"snippets\">\n");
        foreach (TextSnippet snippet in snippets)
        {
            string before = Fold(snippet.Prefix), after = Fold(snippet.Suffix);
            before = before.Length > 80 ? "…" + before[^80..] : before;
            after = after.Length > 80 ? after[..80] + "…" : after;
            html.Append("<li><q>").Append(Encode(before)).Append("<mark>").Append(Encode(Fold(snippet.Exact))).Append("</mark>").Append(Encode(after)).Append("</q>");
            if (snippet.Source is { } source)
            {
                html.Append(" — <a href=\"").Append(Encode(mapper.PathOf(source.Value) ?? source.Value)).Append("\">")
                    .Append(Encode(snippet.SourceLabel ?? source.Value)).Append("</a>");
            }
            html.Append("</li>\n");
        }
        html.Append("</ol>\n");
    }

    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                folded.Append(' ');
                space = false;
            }
            folded.Append(c);
        }
        return space ? folded.Append(' ').ToString() : folded.ToString();
    }

    private string Value(Term value, ResourceDescription description, List<Quad> all)
    {
        if (value is Literal literal)
        {
            string text = Encode(literal.LexicalForm);
            return literal.HasLanguage ? $"<span lang=\"{Encode(literal.Language!)}\">{text}</span>" : text;
        }
        if (value is BlankNode blank)
        {
            // A blank node has no page of its own: show its statements inline.
            var inner = description.Outgoing.Where(q => q.Subject.Equals(blank)).ToList();
            return "<dl class=\"nested\">" + string.Concat(inner.Select(q => $"<dt>{Link(q.Predicate, all)}</dt><dd>{Value(q.Object, description, all)}</dd>")) + "</dl>";
        }
        return Link(value, all);
    }

    private string Link(Term term, List<Quad> all)
    {
        if (term is not Iri iri)
        {
            return Encode(term.ToString());
        }
        string href = mapper.PathOf(iri.Value) ?? iri.Value;
        return $"<a href=\"{Encode(href)}\" title=\"{Encode(iri.Value)}\">{Encode(options.Labels.LabelOf(iri, all))}</a>";
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
