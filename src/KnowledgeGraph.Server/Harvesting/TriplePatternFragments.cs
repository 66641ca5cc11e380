using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Negotiation;
using KnowledgeGraph.Server.Resources;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Harvesting;

/// <summary>
/// Triple Pattern Fragments at <c>/fragments</c>: one page of the triples matching a pattern (subject, predicate,
/// object; each optional), with the count and Hydra controls (the search template, first/previous/next pages), so
/// lightweight clients can answer queries themselves without loading the SPARQL endpoint. Terms in the parameters use
/// Hydra's explicit representation: IRIs bare, literals quoted (<c>"Anna"@en</c>, <c>"5"^^&lt;...&gt;</c>).
/// </summary>
internal sealed class TriplePatternFragments(DatasetHost dataset, RdfFormatRegistry formats)
{
    private const string Hydra = "http://www.w3.org/ns/hydra/core#";
    private const string Void = "http://rdfs.org/ns/void#";
    private const int PageSize = 100;

    public async Task HandleAsync(HttpContext http)
    {
        if (GraphFormats.Negotiate(http.Request, formats) is not { } format)
        {
            await Problems.WriteAsync(http, 406, "Not acceptable", "Fragments are available as " + GraphFormats.Available(formats)).ConfigureAwait(false);
            return;
        }
        Term? subject, obj;
        Iri? predicate;
        int page;
        try
        {
            subject = ExplicitTerm.Parse(http.Request.Query["subject"]);
            predicate = ExplicitTerm.Parse(http.Request.Query["predicate"]) is { } p ? p as Iri ?? throw new FormatException("the predicate must be an IRI") : null;
            obj = ExplicitTerm.Parse(http.Request.Query["object"]);
            page = int.TryParse(http.Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 1;
        }
        catch (FormatException error)
        {
            await Problems.WriteAsync(http, 400, "Bad triple pattern", error.Message).ConfigureAwait(false);
            return;
        }
        string root = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/fragments";
        var quads = new List<Quad>();
        long total;
        using (IDatasetSnapshot snapshot = dataset.Store.OpenSnapshot())
        {
            // The union of all graphs, each triple once: clients see triples, not provenance graphs.
            var matches = snapshot.Match(QuadPattern.InAllGraphs(subject, predicate, obj)).Select(static q => q with { Graph = null }).Distinct();
            var list = matches.Take(page * PageSize + 1).ToList();
            total = list.Count > page * PageSize ? EstimateTotal(snapshot, subject, predicate, obj) : list.Count;
            quads.AddRange(list.Skip((page - 1) * PageSize).Take(PageSize));
        }
        quads.AddRange(Controls(root, subject, predicate, obj, page, total));
        var writer = new StringWriter { NewLine = "\n" };
        format.CreateWriter().Write(quads, writer, RdfWriterOptions.Default with { Prefixes = [.. KnownPrefixes.All, new("hydra", Hydra)] });
        http.Response.ContentType = format.MediaType + "; charset=utf-8";
        http.Response.Headers.Vary = "Accept";
        await http.Response.WriteAsync(writer.ToString(), Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
    }

    // Exact for a single page; otherwise counted, since the store's counts are per graph and duplicates across
    // graphs must not be counted twice.
    private static long EstimateTotal(IDatasetSnapshot snapshot, Term? s, Iri? p, Term? o) =>
        snapshot.Match(QuadPattern.InAllGraphs(s, p, o)).Select(static q => (q.Subject, q.Predicate, q.Object)).Distinct().LongCount();

    private static IEnumerable<Quad> Controls(string root, Term? s, Iri? p, Term? o, int page, long total)
    {
        var dataset = new Iri(root + "#dataset");
        var fragment = new Iri(PageUrl(root, s, p, o, page));
        var search = new BlankNode("search");
        Quad Q(Term subject, string property, Term value) => new(subject, new Iri(property), value, null);
        Literal Count(long n) => Literal.Typed(n.ToString(CultureInfo.InvariantCulture), Xsd.Integer);
        yield return Q(dataset, RdfVocab.Type.Value, new Iri(Void + "Dataset"));
        yield return Q(dataset, RdfVocab.Type.Value, new Iri(Hydra + "Collection"));
        yield return Q(dataset, Hydra + "search", search);
        yield return Q(search, Hydra + "template", Literal.Simple(root + "{?subject,predicate,object}"));
        yield return Q(search, Hydra + "variableRepresentation", new Iri(Hydra + "ExplicitRepresentation"));
        foreach (var (variable, property) in new[] { ("subject", "subject"), ("predicate", "predicate"), ("object", "object") })
        {
            var mapping = new BlankNode("mapping-" + variable);
            yield return Q(search, Hydra + "mapping", mapping);
            yield return Q(mapping, Hydra + "variable", Literal.Simple(variable));
            yield return Q(mapping, Hydra + "property", new Iri(RdfVocab.Namespace + property));
        }
        yield return Q(dataset, Void + "subset", fragment);
        yield return Q(fragment, RdfVocab.Type.Value, new Iri(Hydra + "PartialCollectionView"));
        yield return Q(fragment, Void + "triples", Count(total));
        yield return Q(fragment, Hydra + "totalItems", Count(total));
        yield return Q(fragment, Hydra + "itemsPerPage", Count(PageSize));
        yield return Q(fragment, Hydra + "first", new Iri(PageUrl(root, s, p, o, 1)));
        if (page > 1)
        {
            yield return Q(fragment, Hydra + "previous", new Iri(PageUrl(root, s, p, o, page - 1)));
        }
        if ((long)page * PageSize < total)
        {
            yield return Q(fragment, Hydra + "next", new Iri(PageUrl(root, s, p, o, page + 1)));
        }
    }

    private static string PageUrl(string root, Term? s, Iri? p, Term? o, int page)
    {
        var parts = new List<string>();
        void Add(string name, Term? term)
        {
            if (term is not null)
            {
                parts.Add(name + "=" + Uri.EscapeDataString(ExplicitTerm.Format(term)));
            }
        }
        Add("subject", s);
        Add("predicate", p);
        Add("object", o);
        if (page > 1)
        {
            parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }
        return parts.Count == 0 ? root : root + "?" + string.Join("&", parts);
    }
}
