using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>
/// A differential test: the remote view of our own server's dataset answers every pattern shape (each mix of bound
/// subject, predicate and object, in each graph scope) with the same quads as an in-memory store of the same data.
/// </summary>
public sealed class RemoteSparqlStoreTests
{
    private const string Data = """
        @prefix s: <https://schema.org/> .
        <http://example.org/anna> a s:Person ; s:name "Anna"@en , "Анна"@ru ; s:knows <http://example.org/boris> .
        <http://example.org/boris> a s:Person ; s:name "Boris" ; s:age 70 .
        <http://example.org/book> s:author <http://example.org/boris> ; s:author [ s:name "Someone" ] .
        <http://example.org/g1> { <http://example.org/anna> s:knows <http://example.org/boris> , <http://example.org/carl> . }
        <http://example.org/g2> { <http://example.org/carl> a s:Person ; s:name "Carl" . }
        """;

    public static TheoryData<GraphScope, bool, bool, bool> Shapes()
    {
        var data = new TheoryData<GraphScope, bool, bool, bool>();
        foreach (GraphScope scope in Enum.GetValues<GraphScope>())
        {
            for (int mask = 0; mask < 8; mask++)
            {
                data.Add(scope, (mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0);
            }
        }
        return data;
    }

    [Theory, MemberData(nameof(Shapes))]
    public async Task Every_pattern_shape_matches_as_in_memory(GraphScope scope, bool subject, bool predicate, bool obj)
    {
        using var local = new InMemoryQuadStore();
        await using RemoteStoreServer server = await RemoteStoreServer.StartAsync();
        local.Load(Quads());
        server.Store.Load(Quads());
        // Page size 2 so nearly every answer takes several pages.
        using var remote = new RemoteSparqlStore(RemoteStoreServer.Sparql, options: Fast.Options(), transport: server.Handler(), pageSize: 2);
        using IDatasetSnapshot expectedView = local.OpenSnapshot();
        using IDatasetSnapshot actualView = remote.OpenSnapshot();

        // Bound values from quads that exist in the scope, and from one that does not (an empty answer must be empty too).
        var samples = expectedView.Match(new QuadPattern(null, null, null, scope, scope == GraphScope.OneGraph ? new Iri("http://example.org/g1") : null))
            .Where(static q => q.Subject is not BlankNode && q.Object is not BlankNode).Take(3)
            .Append(new Quad(new Iri("http://example.org/nobody"), new Iri("https://schema.org/name"), Literal.Simple("Nobody"), null));
        foreach (Quad sample in samples)
        {
            var pattern = new QuadPattern(subject ? sample.Subject : null, predicate ? sample.Predicate : null, obj ? sample.Object : null,
                scope, scope == GraphScope.OneGraph ? new Iri("http://example.org/g1") : null);
            Assert.Equal(Normal(expectedView.Match(pattern)), Normal(actualView.Match(pattern)));
            Assert.Equal(Normal(expectedView.Match(pattern)), Normal(actualView.MatchIds(actualView.TryEncode(pattern, out QuadIdPattern ids) ? ids : default).Select(actualView.Decode)));
        }
        Assert.Equal(expectedView.Count, actualView.Count);
        Assert.Equal(expectedView.NamedGraphs.Select(static g => g.ToString()).Order(StringComparer.Ordinal), actualView.NamedGraphs.Select(static g => g.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_chosen_default_graph_is_the_whole_dataset()
    {
        await using RemoteStoreServer server = await RemoteStoreServer.StartAsync();
        server.Store.Load(Quads());
        using var remote = new RemoteSparqlStore(RemoteStoreServer.Sparql, new Iri("http://example.org/g1"), options: Fast.Options(), transport: server.Handler(), pageSize: 2);
        using IDatasetSnapshot view = remote.OpenSnapshot();

        List<Quad> all = view.Match(QuadPattern.InAllGraphs()).ToList();

        Assert.Equal(
            ["<http://example.org/anna> <https://schema.org/knows> <http://example.org/boris> .", "<http://example.org/anna> <https://schema.org/knows> <http://example.org/carl> ."],
            all.Select(static q => q.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(2, view.Count);
        Assert.Empty(view.NamedGraphs);
        Assert.Empty(view.Match(QuadPattern.InNamedGraphs()));
    }

    [Fact]
    public async Task Writing_is_refused_with_a_clear_message()
    {
        await using RemoteStoreServer server = await RemoteStoreServer.StartAsync();
        using var remote = new RemoteSparqlStore(RemoteStoreServer.Sparql, transport: server.Handler());

        var error = Assert.Throws<NotSupportedException>(remote.BeginWrite);

        Assert.Contains("http://store.test/sparql", error.Message, StringComparison.Ordinal);
        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<Quad> Quads() =>
        KnownRdfFormats.TriG.CreateReader().Read(new StringReader(Data), RdfReaderOptions.Default with { BaseIri = "http://example.org/" });

    // Blank node labels differ between the two stores; a sorted list with labels blanked compares everything else.
    private static List<string> Normal(IEnumerable<Quad> quads) =>
        quads.Select(static q => new Quad(Blank(q.Subject), q.Predicate, Blank(q.Object), q.Graph).ToString()).Order(StringComparer.Ordinal).ToList();

    private static Term Blank(Term term) => term is BlankNode ? new BlankNode("b") : term;
}
