using System.Text;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Negotiation;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Querying;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Translation;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Sparql;

/// <summary>
/// Answers SPARQL 1.1 Protocol queries: parses, runs under the time limit and row cap, and writes the results in the
/// negotiated format (SPARQL JSON/XML/CSV/TSV for SELECT and ASK, an RDF syntax for CONSTRUCT and DESCRIBE).
/// </summary>
internal sealed class SparqlEndpoint(DatasetHost dataset, ServerOptions options, RdfFormatRegistry rdfFormats, SparqlResultFormatRegistry resultFormats)
{
    private const string HtmlType = "text/html";
    private readonly SparqlQueryProcessor _processor = new();

    public async Task HandleAsync(HttpContext http)
    {
        SparqlProtocolRequest? request;
        try
        {
            request = await SparqlProtocolRequest.ReadAsync(http.Request, update: false).ConfigureAwait(false);
        }
        catch (SparqlProtocolException error)
        {
            await Problems.WriteAsync(http, error.StatusCode, "Bad SPARQL protocol request", error.Message).ConfigureAwait(false);
            return;
        }
        bool browser = WantsHtml(http.Request);
        if (request is null)
        {
            if (browser)
            {
                await WriteHtmlAsync(http, 200, null, null, null).ConfigureAwait(false);
                return;
            }
            await ServiceDescription.WriteAsync(http, options, rdfFormats).ConfigureAwait(false);
            return;
        }
        TranslatedQuery query;
        DatasetDescription? protocolDataset;
        try
        {
            protocolDataset = ProtocolDataset(request);
            query = SparqlQueryProcessor.Prepare(request.Operation, PublicEndpointIri(http));
        }
        catch (SparqlProtocolException error)
        {
            await Problems.WriteAsync(http, error.StatusCode, "Bad SPARQL protocol request", error.Message).ConfigureAwait(false);
            return;
        }
        catch (SparqlSyntaxException error)
        {
            if (browser)
            {
                await WriteHtmlAsync(http, 400, request.Operation, null, "Syntax error: " + error.Message).ConfigureAwait(false);
                return;
            }
            await Problems.WriteAsync(http, 400, "SPARQL syntax error", error.Message, new() { ["line"] = error.Line, ["column"] = error.Column }).ConfigureAwait(false);
            return;
        }
        bool graphResult = query.Form is QueryForm.Construct or QueryForm.Describe;
        string? mediaType = graphResult ? NegotiateGraph(http.Request) : browser ? HtmlType : NegotiateResults(http.Request, query.Form == QueryForm.Ask);
        if (mediaType is null)
        {
            IEnumerable<string> offered = graphResult ? GraphFormats.Writable(rdfFormats).Select(static f => f.MediaType) : resultFormats.Formats.Select(static f => f.MediaType);
            await Problems.WriteAsync(http, 406, "Not acceptable", "No result format you accept is available. Available: " + string.Join(", ", offered)).ConfigureAwait(false);
            return;
        }
        var queryOptions = new QueryOptions
        {
            Timeout = options.QueryTimeout,
            CancellationToken = http.RequestAborted,
            Dataset = protocolDataset,
        };
        // One solution more than the cap tells a result that is too big from one that just fits, without
        // materialising the rest.
        TranslatedQuery capped = query with { Algebra = new SliceOp(query.Algebra, 0, options.MaxResultRows + 1L) };
        SparqlQueryResult result;
        using (IDatasetSnapshot snapshot = dataset.Store.OpenSnapshot())
        {
            try
            {
                result = _processor.Execute(query.Form == QueryForm.Ask ? query : capped, snapshot, queryOptions);
            }
            catch (QueryTimeoutException) when (browser && !graphResult)
            {
                await WriteHtmlAsync(http, 503, request.Operation, null, $"The query ran longer than the limit of {options.QueryTimeout.TotalSeconds:0.#} s and was stopped.").ConfigureAwait(false);
                return;
            }
            catch (QueryTimeoutException)
            {
                await Problems.WriteAsync(http, 503, "Query time limit exceeded",
                    $"The query ran longer than the limit of {options.QueryTimeout.TotalSeconds:0.#} s and was stopped. Narrow it down or add a LIMIT.").ConfigureAwait(false);
                return;
            }
        }
        int count = result.Results?.Solutions.Count ?? 0;
        if (count > options.MaxResultRows)
        {
            await Problems.WriteAsync(http, 422, "Too many results",
                $"The query has more than {options.MaxResultRows:N0} solutions, the most this endpoint returns. Add a LIMIT (and OFFSET to page).").ConfigureAwait(false);
            return;
        }
        http.Response.Headers.Vary = "Accept";
        if (mediaType == HtmlType)
        {
            await WriteHtmlAsync(http, 200, request.Operation, result.Results, null).ConfigureAwait(false);
            return;
        }
        await WriteResultAsync(http, result, mediaType).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether to answer with the HTML query page: the client asked for HTML explicitly (a browser), or said
    /// <c>format=html</c>. Clients sending <c>*/*</c> get SPARQL results as before.
    /// </summary>
    private static bool WantsHtml(HttpRequest request)
    {
        if (FormatParameter.Of(request) is { } name)
        {
            return name.Equals("html", StringComparison.OrdinalIgnoreCase);
        }
        var ranges = MediaRange.ParseList(request.Headers.Accept.ToString());
        double html = ranges.Where(static r => r.Type == "text" && r.Subtype == "html").Select(static r => r.Quality).DefaultIfEmpty(0).Max();
        return html > 0 && html >= ContentNegotiator.WeightOf("application/sparql-results+json", ranges) && html >= ContentNegotiator.WeightOf("text/turtle", ranges);
    }

    private async Task WriteHtmlAsync(HttpContext http, int status, string? query, SparqlResultSet? results, string? error)
    {
        var downloads = resultFormats.Formats.Select(static f => (f.Name, f.Extension.TrimStart('.'))).ToList();
        string page = new Pages.QueryPage(options).Render(query, results, error, downloads);
        http.Response.StatusCode = status;
        http.Response.ContentType = HtmlType + "; charset=utf-8";
        http.Response.Headers.Vary = "Accept";
        await http.Response.WriteAsync(page, Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
    }

    private async Task WriteResultAsync(HttpContext http, SparqlQueryResult result, string mediaType)
    {
        var buffer = new StringWriter { NewLine = "\n" };
        if (result.Triples is { } triples)
        {
            RdfFormat format = rdfFormats.FindByMediaType(mediaType)!;
            format.CreateWriter().Write(triples.Select(static t => new Quad(t.Subject, t.Predicate, t.Object, null)), buffer, RdfWriterOptions.Default);
        }
        else
        {
            SparqlResultFormat format = resultFormats.FindByMediaType(mediaType)!;
            format.CreateWriter().Write(result.Results!, buffer);
        }
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await http.Response.WriteAsync(buffer.ToString(), Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
    }

    private string? NegotiateResults(HttpRequest request, bool boolean)
    {
        IEnumerable<SparqlResultFormat> usable = resultFormats.Formats.Where(f => !boolean || f.SupportsBoolean);
        if (FormatParameter.Of(request) is { } name)
        {
            return resultFormats.FindByName(name) is { } named && (!boolean || named.SupportsBoolean) ? named.MediaType
                : usable.FirstOrDefault(f => f.MediaTypes.Contains(name, StringComparer.OrdinalIgnoreCase))?.MediaType;
        }
        var offered = usable.SelectMany(static f => f.MediaTypes).ToList();
        // Plain JSON clients (application/json) get SPARQL JSON.
        offered.Add("application/json");
        string? chosen = ContentNegotiator.Choose(request.Headers.Accept.ToString(), offered);
        return chosen == "application/json" ? usable.First().MediaType : chosen is null ? null : resultFormats.FindByMediaType(chosen)!.MediaType;
    }

    private string? NegotiateGraph(HttpRequest request) => GraphFormats.Negotiate(request, rdfFormats)?.MediaType;

    internal static DatasetDescription? ProtocolDataset(SparqlProtocolRequest request)
    {
        if (request.DefaultGraphs.Count == 0 && request.NamedGraphs.Count == 0)
        {
            return null;
        }
        try
        {
            return new DatasetDescription(request.DefaultGraphs.Select(static g => new Iri(g)).ToList(), request.NamedGraphs.Select(static g => new Iri(g)).ToList());
        }
        catch (ArgumentException error)
        {
            throw new SparqlProtocolException(400, "A graph IRI parameter is not an absolute IRI: " + error.Message);
        }
    }

    /// <summary>The endpoint's own URL, the base for relative IRIs in queries (the protocol lets the service choose).</summary>
    public static string PublicEndpointIri(HttpContext http) =>
        $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}";
}
