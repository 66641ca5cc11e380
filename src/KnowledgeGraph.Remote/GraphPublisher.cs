using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Remote;

/// <summary>What a publication did.</summary>
/// <param name="Triples">Distinct triples sent.</param>
/// <param name="Requests">Write requests sent (1 for a whole-graph PUT).</param>
/// <param name="Batched">True when the graph went in batches (too large for one request, or the store refused the size).</param>
/// <param name="VerifiedCount">The store's own triple count after a batched publication, or null when not verified.</param>
public sealed record PublishReport(long Triples, int Requests, bool Batched, long? VerifiedCount);

/// <summary>
/// Publishes a graph to a store through the Graph Store Protocol: one PUT that replaces the graph atomically when the
/// graph fits in a batch and the store accepts it; otherwise a PUT of the first batch (which replaces the old content)
/// and POSTs of the rest, then a count (SPARQL when a query endpoint is known, else a GET of the graph) that must
/// equal the number of triples sent, since a batched publication is not atomic.
/// </summary>
public sealed class GraphPublisher
{
    private const int PayloadTooLarge = 413;

    private readonly GraphStoreClient _client;
    private readonly Uri? _sparqlEndpoint;
    private readonly Action<string>? _log;

    /// <summary>Creates a publisher over <paramref name="client"/>; <paramref name="sparqlEndpoint"/> is used to verify batches.</summary>
    public GraphPublisher(GraphStoreClient client, Uri? sparqlEndpoint = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _sparqlEndpoint = sparqlEndpoint;
        _log = log;
    }

    /// <summary>Publishes <paramref name="triples"/> as the whole content of <paramref name="graph"/>.</summary>
    /// <exception cref="RemoteStoreException">The store failed, refused, or holds another count after a batched publication.</exception>
    public async Task<PublishReport> PublishAsync(Iri graph, IEnumerable<Triple> triples, int batchSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(triples);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        List<Triple> distinct = triples.Distinct().ToList();
        if (distinct.Count <= batchSize)
        {
            try
            {
                await _client.PutAsync(graph, distinct, cancellationToken).ConfigureAwait(false);
                _log?.Invoke($"PUT {distinct.Count} triples to {_client.GraphUrl(graph)}");
                return new PublishReport(distinct.Count, 1, false, null);
            }
            catch (RemoteStoreException error) when (error.Status == PayloadTooLarge)
            {
                _log?.Invoke($"the store refused {distinct.Count} triples in one request (413); sending batches");
                batchSize = Math.Max(1, distinct.Count / 4);
            }
        }
        return await PublishInBatchesAsync(graph, distinct, batchSize, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PublishReport> PublishInBatchesAsync(Iri graph, List<Triple> distinct, int batchSize, CancellationToken cancellationToken)
    {
        List<List<Triple>> batches = BlankNodeBatches.Cut(distinct, batchSize);
        for (int i = 0; i < batches.Count; i++)
        {
            try
            {
                // The first batch replaces whatever the graph held; the others add to it.
                if (i == 0)
                {
                    await _client.PutAsync(graph, batches[i], cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await _client.PostAsync(graph, batches[i], cancellationToken).ConfigureAwait(false);
                }
            }
            catch (RemoteStoreException error) when (error.Status == PayloadTooLarge)
            {
                throw new RemoteStoreException($"batch {i + 1} of {batches.Count} ({batches[i].Count} triples) is still too large for the store; use a smaller --batch ({error.Message})", error.Status, error);
            }
            _log?.Invoke($"batch {i + 1}/{batches.Count}: {(i == 0 ? "PUT" : "POST")} {batches[i].Count} triples");
        }
        long stored = _sparqlEndpoint is null
            ? await _client.CountByGetAsync(graph, cancellationToken).ConfigureAwait(false)
            : await _client.CountBySparqlAsync(_sparqlEndpoint, graph, cancellationToken).ConfigureAwait(false);
        if (stored != distinct.Count)
        {
            throw new RemoteStoreException($"verification failed: after {batches.Count} batches the store holds {stored} triples in <{graph.Value}>, but {distinct.Count} were sent (counted by {(_sparqlEndpoint is null ? "a Graph Store GET" : "SPARQL at " + _sparqlEndpoint)})");
        }
        _log?.Invoke($"verified: the store holds {stored} triples in <{graph.Value}>");
        return new PublishReport(distinct.Count, batches.Count, true, stored);
    }
}
