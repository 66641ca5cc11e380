using System.Text;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Negotiation;
using KnowledgeGraph.Server.Resources;
using KnowledgeGraph.Server.Security;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.GraphStore;

/// <summary>
/// The SPARQL 1.1 Graph Store HTTP Protocol on <c>/rdf-graphs/</c> (<see cref="GraphTarget"/> says which graph a
/// request names). GET and HEAD read one graph in the negotiated format and are open to all; PUT (replace), POST
/// (merge, or create a new graph on the bare service) and DELETE need the update token. Each write is one store
/// commit, so it is atomic, and durable when acknowledged on a persistent store. The default graph always exists; a
/// named graph exists while it holds a triple (the store keeps no empty graphs).
/// </summary>
internal sealed class GraphStoreEndpoint(DatasetHost dataset, ServerOptions options, RdfFormatRegistry formats)
{
    private readonly IriMapper _mapper = new(options.BaseIri);

    public async Task HandleAsync(HttpContext http)
    {
        HttpRequest request = http.Request;
        if (GraphTarget.Resolve(request, _mapper, out string? error) is not { } target)
        {
            await Problems.WriteAsync(http, 400, "Bad graph store request", error!).ConfigureAwait(false);
            return;
        }
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            await ReadAsync(http, target).ConfigureAwait(false);
            return;
        }
        if (await UpdateAuthorization.RefuseAsync(http, options).ConfigureAwait(false))
        {
            return;
        }
        if (HttpMethods.IsDelete(request.Method))
        {
            await DeleteAsync(http, target).ConfigureAwait(false);
            return;
        }
        (List<Triple>? triples, int status, string? problem) = await GraphPayload.ReadAsync(request, formats, target.Graph?.Value ?? options.BaseIri).ConfigureAwait(false);
        if (triples is null)
        {
            await Problems.WriteAsync(http, status, status == 415 ? "Unsupported media type" : "Bad RDF payload", problem!).ConfigureAwait(false);
            return;
        }
        bool existed = Write(target, triples, replace: HttpMethods.IsPut(request.Method));
        if (target.IsNew)
        {
            http.Response.Headers.Location = target.Graph!.Value;
        }
        http.Response.StatusCode = existed ? 204 : 201;
    }

    private async Task ReadAsync(HttpContext http, GraphTarget target)
    {
        if (GraphFormats.Negotiate(http.Request, formats) is not { } format)
        {
            await Problems.WriteAsync(http, 406, "Not acceptable", $"This graph is available as {GraphFormats.Available(formats)}.").ConfigureAwait(false);
            return;
        }
        List<Quad> quads;
        using (IDatasetSnapshot snapshot = dataset.Store.OpenSnapshot())
        {
            if (!Exists(snapshot, target))
            {
                await Problems.WriteAsync(http, 404, "No such graph", $"The graph store has no graph <{target.Graph?.Value}>.").ConfigureAwait(false);
                return;
            }
            quads = [.. snapshot.Match(QuadPattern.InGraph(target.Graph)).Select(static q => q with { Graph = null })];
        }
        var body = new StringWriter { NewLine = "\n" };
        format.CreateWriter().Write(quads, body, RdfWriterOptions.Default);
        byte[] bytes = Encoding.UTF8.GetBytes(body.ToString());
        http.Response.StatusCode = 200;
        http.Response.ContentType = format.MediaType + "; charset=utf-8";
        http.Response.ContentLength = bytes.Length;
        http.Response.Headers.Vary = "Accept";
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task DeleteAsync(HttpContext http, GraphTarget target)
    {
        bool existed;
        using (IQuadWriteBatch batch = dataset.Store.BeginWrite())
        {
            using (IDatasetSnapshot snapshot = dataset.Store.OpenSnapshot())
            {
                existed = Exists(snapshot, target);
            }
            if (existed)
            {
                batch.ClearGraph(target.Graph);
                batch.Commit();
            }
        }
        if (!existed)
        {
            await Problems.WriteAsync(http, 404, "No such graph", $"The graph store has no graph <{target.Graph?.Value}> to delete.").ConfigureAwait(false);
            return;
        }
        dataset.MarkChanged();
        http.Response.StatusCode = 204;
    }

    // Returns whether the graph existed before. The snapshot is taken while holding the write batch, so no other
    // write can slip between the existence check and the commit.
    private bool Write(GraphTarget target, List<Triple> triples, bool replace)
    {
        bool existed;
        using (IQuadWriteBatch batch = dataset.Store.BeginWrite())
        {
            using (IDatasetSnapshot snapshot = dataset.Store.OpenSnapshot())
            {
                existed = Exists(snapshot, target);
            }
            if (replace)
            {
                batch.ClearGraph(target.Graph);
            }
            foreach (Triple triple in triples)
            {
                batch.Add(new Quad(triple.Subject, triple.Predicate, triple.Object, target.Graph));
            }
            batch.Commit();
        }
        dataset.MarkChanged();
        return existed;
    }

    private static bool Exists(IDatasetSnapshot snapshot, GraphTarget target) =>
        target.IsDefault || (snapshot.TryGetTermId(target.Graph!, out TermId id) && snapshot.MatchIds(QuadIdPattern.InGraph(id)).Any());
}
