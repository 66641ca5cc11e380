using System.Net;
using System.Text;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Server.Resources;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.Pages;

/// <summary>
/// The SPARQL query page for browsers: a form with the query, the example queries, and the results as a table with
/// linked IRIs and download links in every result format. It is a plain HTML form answered by the server, so it
/// works without JavaScript and with no outside assets.
/// </summary>
internal sealed class QueryPage(ServerOptions options)
{
    private const string DefaultQuery = "SELECT ?type (COUNT(?s) AS ?resources)\nWHERE { ?s a ?type }\nGROUP BY ?type\nORDER BY DESC(?resources)";
    private readonly IriMapper _mapper = new(options.BaseIri);

    public string Render(string? query, SparqlResultSet? results, string? error, IReadOnlyList<(string Name, string Format)> downloads)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>SPARQL — ").Append(Encode(options.Title)).Append("</title>\n<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n")
            .Append("<header><nav aria-label=\"site\"><a href=\"/\">").Append(Encode(options.Title)).Append("</a> · <a href=\"/sparql\">SPARQL</a></nav></header>\n<main>\n")
            .Append("<h1>SPARQL query</h1>\n")
            .Append("<form action=\"/sparql\" method=\"get\">\n<label for=\"query\">Query</label>\n")
            .Append("<textarea id=\"query\" name=\"query\" rows=\"12\" spellcheck=\"false\">").Append(Encode(query ?? DefaultQuery)).Append("</textarea>\n")
            .Append("<p><button type=\"submit\">Run query</button></p>\n</form>\n");
        if (options.ExampleQueries.Count > 0)
        {
            html.Append("<h2>Example queries</h2>\n<ul class=\"examples\">\n");
            foreach (var (title, text) in options.ExampleQueries)
            {
                html.Append("<li><a href=\"/sparql?query=").Append(Encode(Uri.EscapeDataString(text))).Append("\">").Append(Encode(title)).Append("</a></li>\n");
            }
            html.Append("</ul>\n");
        }
        if (error is not null)
        {
            html.Append("<p role=\"alert\" class=\"error\">").Append(Encode(error)).Append("</p>\n");
        }
        if (results is not null && query is not null)
        {
            AppendResults(html, results);
            html.Append("<p>Download: ");
            html.AppendJoin(" · ", downloads.Select(d => $"<a href=\"/sparql?format={Encode(d.Format)}&amp;query={Encode(Uri.EscapeDataString(query))}\">{Encode(d.Name)}</a>"));
            html.Append("</p>\n");
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private void AppendResults(StringBuilder html, SparqlResultSet results)
    {
        if (results.Boolean is bool answer)
        {
            html.Append("<h2>Answer</h2>\n<p class=\"answer\">").Append(answer ? "yes (true)" : "no (false)").Append("</p>\n");
            return;
        }
        html.Append("<h2>Results</h2>\n<p>").Append(results.Solutions.Count).Append(results.Solutions.Count == 1 ? " row" : " rows").Append(".</p>\n");
        html.Append("<table class=\"results\">\n<thead><tr>");
        foreach (string variable in results.Variables)
        {
            html.Append("<th scope=\"col\">?").Append(Encode(variable)).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (QuerySolution solution in results.Solutions)
        {
            html.Append("<tr>");
            foreach (string variable in results.Variables)
            {
                html.Append("<td>").Append(solution[variable] is { } term ? Cell(term) : "").Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private string Cell(Term term) => term switch
    {
        Iri iri => $"<a href=\"{Encode(_mapper.PathOf(iri.Value) ?? iri.Value)}\">{Encode(iri.Value)}</a>",
        Literal { HasLanguage: true } literal => $"<span lang=\"{Encode(literal.Language!)}\">{Encode(literal.LexicalForm)}</span>",
        Literal literal => Encode(literal.LexicalForm),
        _ => Encode(term.ToString()),
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
