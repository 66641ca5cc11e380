namespace KnowledgeGraph.Server;

/// <summary>What the server publishes and how it guards its endpoints. Immutable once the server starts.</summary>
public sealed record ServerOptions
{
    /// <summary>
    /// The base IRI of the published resources, ending in <c>/</c>. A request path <c>/x/y</c> (relative to where the
    /// server is mounted) names the resource <c>{BaseIri}x/y</c>, whatever host and port the server runs on, so
    /// <c>https://example.org/kg/person/a</c> is served at <c>http://127.0.0.1:8080/person/a</c>.
    /// </summary>
    public string BaseIri { get; init; } = "https://example.org/kg/";

    /// <summary>
    /// When set, <c>/sparql</c> forwards each query to this remote endpoint and streams its answer back, within
    /// <see cref="QueryTimeout"/>, instead of evaluating it here (<c>kg serve --sparql-endpoint</c>): the remote store
    /// answers from its own indexes, far faster than our engine could over pattern queries sent to it one by one.
    /// </summary>
    public Uri? SparqlProxy { get; init; }

    /// <summary>Added as <c>default-graph-uri</c> to forwarded queries that name no dataset (Virtuoso's default graph is otherwise every graph).</summary>
    public string? SparqlProxyDefaultGraph { get; init; }

    /// <summary>Replaces the network under the SPARQL proxy (tests); null for real HTTP.</summary>
    public HttpMessageHandler? SparqlProxyTransport { get; init; }

    /// <summary>The time limit of one SPARQL query.</summary>
    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The most solutions (or triples) one query may return; more is an error asking for a LIMIT.</summary>
    public int MaxResultRows { get; init; } = 100_000;

    /// <summary>
    /// The bearer token that enables the update route (<c>/update</c>); null keeps the dataset read-only.
    /// </summary>
    public string? UpdateToken { get; init; }

    /// <summary>
    /// The licence of the published metadata, stated in harvesting formats (OAI-PMH <c>dc:rights</c>, EDM
    /// <c>edm:rights</c>). CC0 by default, as aggregators such as Europeana require for metadata.
    /// </summary>
    public string License { get; init; } = "http://creativecommons.org/publicdomain/zero/1.0/";

    /// <summary>The repository administrator's e-mail, required by OAI-PMH Identify.</summary>
    public string AdminEmail { get; init; } = "admin@example.org";

    /// <summary>
    /// The JSON-LD context (JSON text) that JSON-LD documents are compacted with and that is published at
    /// <c>/context.jsonld</c>; null compacts with the usual prefixes only.
    /// </summary>
    public string? JsonLdContext { get; init; }

    /// <summary>Example queries offered on the query page, as (title, SPARQL text) pairs.</summary>
    public IReadOnlyList<(string Title, string Query)> ExampleQueries { get; init; } = [];

    /// <summary>Which properties name resources on pages and in harvesting formats, and the preferred language.</summary>
    public Resources.LabelPolicy Labels { get; init; } = Resources.LabelPolicy.Default;

    /// <summary>A title for the dataset, shown on HTML pages and in the service description.</summary>
    public string Title { get; init; } = "KnowledgeGraph";
}
