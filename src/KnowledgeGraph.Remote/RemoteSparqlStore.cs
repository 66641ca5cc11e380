using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Remote;

/// <summary>
/// A read-only dataset held by another store and reached through its SPARQL endpoint: each pattern match is a paged
/// SELECT. Writing is refused: publish to the remote store instead (<c>kg publish</c>).
/// </summary>
public sealed class RemoteSparqlStore : IQuadStore
{
    private readonly SparqlSelectClient _client;
    private readonly bool _defaultGraphOnly;

    /// <summary>Creates a view of the dataset at <paramref name="endpoint"/>.</summary>
    /// <param name="endpoint">The SPARQL query endpoint.</param>
    /// <param name="defaultGraph">Sent as <c>default-graph-uri</c> (Virtuoso's default graph is otherwise the union of all graphs), and then the
    /// whole dataset (no named graphs); or null for the endpoint's own dataset.</param>
    /// <param name="credentials">Credentials, or null for none.</param>
    /// <param name="options">Resilience settings, or null for the defaults.</param>
    /// <param name="transport">Replaces the network (tests), or null.</param>
    /// <param name="pageSize">Rows per query page; keep it below the remote store's result cap.</param>
    public RemoteSparqlStore(Uri endpoint, Iri? defaultGraph = null, RemoteCredentials? credentials = null, RemoteClientOptions? options = null,
        HttpMessageHandler? transport = null, int pageSize = 10_000)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        Endpoint = endpoint;
        PageSize = pageSize;
        _defaultGraphOnly = defaultGraph is not null;
        _client = new SparqlSelectClient(endpoint, defaultGraph, credentials ?? RemoteCredentials.None, options ?? new RemoteClientOptions(), transport);
    }

    /// <summary>The remote SPARQL endpoint.</summary>
    public Uri Endpoint { get; }

    /// <summary>Rows per query page.</summary>
    public int PageSize { get; }

    /// <inheritdoc/>
    public IDatasetSnapshot OpenSnapshot() => new RemoteSparqlSnapshot(_client, PageSize, _defaultGraphOnly);

    /// <inheritdoc/>
    public IQuadWriteBatch BeginWrite() =>
        throw new NotSupportedException($"the dataset at {Endpoint} is read-only here: write to that store itself (kg publish, or its own update endpoint)");

    /// <inheritdoc/>
    public void Dispose() => _client.Dispose();
}
