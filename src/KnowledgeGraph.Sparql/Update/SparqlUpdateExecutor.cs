using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Update.Internal;

namespace KnowledgeGraph.Sparql.Update;

/// <summary>
/// Applies SPARQL 1.1 Update requests to a quad store, atomically: the request's operations run in order, each
/// seeing the effects of the ones before it, and the store changes only if every operation succeeds — in a single
/// write batch, so readers see the old state or the new one, never a half-done request.
/// </summary>
/// <remarks>
/// The store does not keep empty graphs. A graph "exists" when it has a quad, or when CREATE made it earlier in the
/// same request; so CREATE of a graph with quads fails (unless SILENT), CREATE of any other graph succeeds and leaves
/// nothing behind once the request ends, and CLEAR/DROP GRAPH, ADD/MOVE/COPY from a graph with no quads fail unless
/// SILENT. The default graph always exists.
/// </remarks>
public sealed class SparqlUpdateExecutor
{
    private readonly UpdateOperationRunner _runner;

    /// <summary>Creates an executor that evaluates WHERE clauses with the given functions.</summary>
    public SparqlUpdateExecutor(IFunctionLibrary functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        _runner = new UpdateOperationRunner(functions);
    }

    /// <summary>Runs every operation of <paramref name="update"/> and commits them together.</summary>
    /// <returns>The net number of quads added and removed.</returns>
    /// <exception cref="SparqlUpdateException">An operation failed; the store is unchanged.</exception>
    public UpdateResult Execute(SparqlUpdate update, IQuadStore store, UpdateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(store);
        options ??= new UpdateOptions();
        // NOW() is one moment for the whole request, as it is for one query.
        options = options with { Now = options.Now ?? DateTimeOffset.Now };
        using var timeout = options.Timeout is { } limit ? new CancellationTokenSource(limit) : null;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(
            options.CancellationToken, timeout?.Token ?? CancellationToken.None);
        // Holding the write batch for the whole request keeps other writers out, so the snapshot taken next is the
        // state the request's changes will be committed on top of.
        using IQuadWriteBatch batch = store.BeginWrite();
        using IDatasetSnapshot snapshot = store.OpenSnapshot();
        using var workspace = new UpdateWorkspace(snapshot);
        for (int i = 0; i < update.Operations.Count; i++)
        {
            UpdateOperation operation = update.Operations[i];
            if (linked.IsCancellationRequested)
            {
                throw new SparqlUpdateException(i, UpdateOperationRunner.NameOf(operation),
                    timeout?.IsCancellationRequested == true ? "the request timed out" : "the request was cancelled");
            }
            _runner.Run(i, operation, workspace, options, linked.Token);
        }
        workspace.WriteTo(batch);
        batch.Commit();
        return new UpdateResult(workspace.Added.Count, workspace.Removed.Count, update.Operations.Count);
    }
}
