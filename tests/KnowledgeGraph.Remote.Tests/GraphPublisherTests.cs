using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Remote.Tests;

/// <summary><c>kg publish</c>'s engine against our own server as the remote store.</summary>
public sealed class GraphPublisherTests
{
    private const string GraphIri = "http://example.org/published";
    private static readonly Iri Graph = new(GraphIri);
    private static readonly Iri Name = new("https://schema.org/name");
    private static readonly Iri Knows = new("https://schema.org/knows");

    private static readonly RemoteCredentials Bearer = new(RemoteAuthScheme.Bearer, Secret: RemoteStoreServer.Token);

    [Fact]
    public async Task A_small_graph_goes_in_one_put_and_a_republication_replaces_it()
    {
        await using RemoteStoreServer server = await RemoteStoreServer.StartAsync();
        using var client = new GraphStoreClient(RemoteStoreServer.Service, Bearer, Fast.Options(), server.Handler());
        var publisher = new GraphPublisher(client);

        PublishReport first = await publisher.PublishAsync(Graph, People(5), batchSize: 100);
        PublishReport second = await publisher.PublishAsync(Graph, People(3), batchSize: 100);

        Assert.Equal((5L, 1, false), (first.Triples, first.Requests, first.Batched));
        Assert.Equal(3, second.Triples);
        // Replaced, not added to: person 4's name is gone and nothing is there twice.
        Assert.Equal(People(3).ToHashSet(), server.Graph(GraphIri).ToHashSet());
        Assert.Equal(3, server.Graph(GraphIri).Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_large_graph_goes_in_batches_that_are_verified_and_keep_blank_nodes_whole(bool countBySparql)
    {
        await using RemoteStoreServer server = await RemoteStoreServer.StartAsync();
        using var client = new GraphStoreClient(RemoteStoreServer.Service, Bearer, Fast.Options(), server.Handler());
        var publisher = new GraphPublisher(client, countBySparql ? RemoteStoreServer.Sparql : null);
        await publisher.PublishAsync(Graph, People(30), batchSize: 100);
        List<Triple> triples = [.. People(10), .. BlankChain(4)];

        PublishReport report = await publisher.PublishAsync(Graph, triples, batchSize: 3);

        Assert.True(report.Batched);
        Assert.Equal(triples.Count, report.VerifiedCount);
        Assert.True(report.Requests >= 4, $"{report.Requests} requests");
        List<Triple> stored = server.Graph(GraphIri);
        Assert.Equal(triples.Count, stored.Count);
        Assert.Equal(People(10).ToHashSet(), stored.Where(static t => t.Subject is Iri).ToHashSet());
        // The chain of four blank nodes arrived as one chain: four distinct nodes, each but the last knowing the next.
        List<Triple> chain = stored.Where(static t => t.Subject is BlankNode).ToList();
        Assert.Equal(4, chain.Select(static t => t.Subject).Distinct().Count());
        Assert.Equal(3, chain.Count(t => t.Predicate == Knows && chain.Any(u => u.Subject.Equals(t.Object))));
    }

    [Fact]
    public async Task A_store_that_refuses_the_size_gets_batches_instead()
    {
        await using RemoteStoreServer server = await RemoteStoreServer.StartAsync();
        var limited = new SizeLimit(maxBytes: 600) { InnerHandler = server.Handler() };
        using var client = new GraphStoreClient(RemoteStoreServer.Service, Bearer, Fast.Options(), limited);
        var publisher = new GraphPublisher(client);

        PublishReport report = await publisher.PublishAsync(Graph, People(12), batchSize: 1000);

        Assert.True(report.Batched);
        Assert.True(limited.Refused > 0);
        Assert.Equal(People(12).ToHashSet(), server.Graph(GraphIri).ToHashSet());
    }

    [Fact]
    public async Task A_wrong_token_fails_with_the_status_and_the_url()
    {
        await using RemoteStoreServer server = await RemoteStoreServer.StartAsync();
        using var client = new GraphStoreClient(RemoteStoreServer.Service, new RemoteCredentials(RemoteAuthScheme.Bearer, Secret: "wrong"), Fast.Options(), server.Handler());

        var error = await Assert.ThrowsAsync<RemoteStoreException>(() => new GraphPublisher(client).PublishAsync(Graph, People(2), 100));

        Assert.Equal(401, error.Status);
        Assert.Contains("PUT http://store.test/rdf-graphs/service?graph=http%3A%2F%2Fexample.org%2Fpublished: 401", error.Message, StringComparison.Ordinal);
        Assert.Contains("--token", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Graph(GraphIri));
    }

    [Fact]
    public async Task A_store_that_is_down_fails_clearly_after_retries_and_the_circuit_opens()
    {
        var notices = new List<string>();
        var service = new Uri($"http://127.0.0.1:{ClosedPort()}/rdf-graphs/service");
        using var client = new GraphStoreClient(service, Bearer, Fast.Options(notices.Add));

        var error = await Assert.ThrowsAsync<RemoteStoreException>(() => new GraphPublisher(client).PublishAsync(Graph, People(2), 100));

        Assert.Null(error.Status);
        Assert.Contains(service.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains(notices, static n => n.StartsWith("retry 1", StringComparison.Ordinal));
        Assert.Contains(notices, static n => n.StartsWith("circuit opened", StringComparison.Ordinal));
        // Once open, the circuit refuses at once instead of hammering a dead store.
        var again = await Assert.ThrowsAsync<RemoteStoreException>(() => new GraphPublisher(client).PublishAsync(Graph, People(2), 100));
        Assert.Contains("circuit is open", again.Message, StringComparison.Ordinal);
        // ...and says what failed, even when nobody listened to the notices.
        Assert.Contains("refused", again.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static List<Triple> People(int count) =>
        Enumerable.Range(0, count).Select(static i => new Triple(new Iri($"http://example.org/person/{i}"), Name, Literal.Simple($"Person {i}"))).ToList();

    private static List<Triple> BlankChain(int length)
    {
        var nodes = Enumerable.Range(0, length).Select(static i => new BlankNode($"chain{i}")).ToList();
        var triples = nodes.Select(static (n, i) => new Triple(n, Name, Literal.Simple($"link {i}"))).ToList();
        triples.AddRange(nodes.Skip(1).Select((n, i) => new Triple(nodes[i], Knows, n)));
        return triples;
    }

    private static int ClosedPort()
    {
        // A port that was just free: nothing listens there, so connections are refused at once.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A store front that answers 413 to write bodies over a size, as stores with a request limit do.</summary>
    private sealed class SizeLimit(long maxBytes) : DelegatingHandler
    {
        public int Refused { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is { } content && (await content.ReadAsByteArrayAsync(cancellationToken)).Length > maxBytes)
            {
                Refused++;
                return new HttpResponseMessage(HttpStatusCode.RequestEntityTooLarge) { Content = new StringContent("request body too large") };
            }
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
