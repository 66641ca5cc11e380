using System.Text;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Security;
using KnowledgeGraph.Sparql.Functions;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Update;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Sparql;

/// <summary>
/// SPARQL 1.1 Protocol updates on their own route. It exists only when an update token is configured, and every
/// request must present it as a bearer token (<see cref="UpdateAuthorization"/>).
/// The update is applied atomically; LOAD stays refused (it would make the server fetch URLs).
/// </summary>
internal sealed class SparqlUpdateEndpoint(DatasetHost dataset, ServerOptions options)
{
    private readonly SparqlUpdateExecutor _executor = new(new SparqlFunctionLibrary());

    public async Task HandleAsync(HttpContext http)
    {
        if (await UpdateAuthorization.RefuseAsync(http, options).ConfigureAwait(false))
        {
            return;
        }
        try
        {
            SparqlProtocolRequest? request = await SparqlProtocolRequest.ReadAsync(http.Request, update: true).ConfigureAwait(false)
                ?? throw new SparqlProtocolException(400, "The request has no update (an 'update' form field or an application/sparql-update body).");
            SparqlUpdate update = WithProtocolDataset(SparqlParser.ParseUpdate(request.Operation, SparqlEndpoint.PublicEndpointIri(http)), request);
            UpdateResult result = _executor.Execute(update, dataset.Store, new UpdateOptions { Timeout = options.QueryTimeout, CancellationToken = http.RequestAborted });
            dataset.MarkChanged();
            http.Response.StatusCode = 200;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync($"{result}\n", Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
        }
        catch (SparqlProtocolException error)
        {
            await Problems.WriteAsync(http, error.StatusCode, "Bad SPARQL protocol request", error.Message).ConfigureAwait(false);
        }
        catch (SparqlSyntaxException error)
        {
            await Problems.WriteAsync(http, 400, "SPARQL syntax error", error.Message, new() { ["line"] = error.Line, ["column"] = error.Column }).ConfigureAwait(false);
        }
        catch (SparqlUpdateException error)
        {
            await Problems.WriteAsync(http, 400, "Update failed; nothing was changed", error.Message).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Applies <c>using-graph-uri</c> / <c>using-named-graph-uri</c> to every DELETE/INSERT ... WHERE operation; an
    /// operation with its own USING or WITH conflicts with them, which the protocol makes an error (section 2.2.3).
    /// </summary>
    private static SparqlUpdate WithProtocolDataset(SparqlUpdate update, SparqlProtocolRequest request)
    {
        if (request.DefaultGraphs.Count == 0 && request.NamedGraphs.Count == 0)
        {
            return update;
        }
        var dataset = new DatasetClause(
            new SyntaxList<Iri>(request.DefaultGraphs.Select(static g => new Iri(g))),
            new SyntaxList<Iri>(request.NamedGraphs.Select(static g => new Iri(g))));
        var operations = new List<UpdateOperation>();
        foreach (UpdateOperation operation in update.Operations)
        {
            if (operation is ModifyOperation modify)
            {
                if (!modify.Using.IsEmpty || modify.With is not null)
                {
                    throw new SparqlProtocolException(400, "The request names graphs both with using-graph-uri/using-named-graph-uri and with USING or WITH in the update.");
                }
                operations.Add(modify with { Using = dataset });
            }
            else
            {
                operations.Add(operation);
            }
        }
        return new SparqlUpdate(new SyntaxList<UpdateOperation>(operations));
    }
}
