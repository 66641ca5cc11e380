using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Graphs;
using KnowledgeGraph.Rdf.RocksDb;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Server.Tests;

/// <summary>
/// The W3C SPARQL 1.1 Graph Store HTTP Protocol tests (sparql11/graph-store-protocol, direct and indirect manifests),
/// run against the server over an in-memory store and over a RocksDB store: each test's requests are replayed in order
/// (the manifests' <c>/gsp</c> prefix becomes our <c>/rdf-graphs/</c> routes, writes carry the update token, a
/// <c>Location</c> answer fills <c>$LOCATION$</c> in later requests) and each response must have an expected status,
/// the expected media type, and a body isomorphic to the expected graph.
/// </summary>
public sealed class GraphStoreProtocolTests
{
    private const string Token = "gsp-test-token";
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Ht = "http://www.w3.org/2011/http#";
    private const string Hts = "http://www.w3.org/2011/http-statusCodes#";
    private static readonly string[] Manifests = ["sparql11/graph-store-protocol/manifest-direct.ttl", "sparql11/graph-store-protocol/manifest-indirect.ttl"];
    private static readonly Dictionary<string, int> StatusCodes = new() { ["OK"] = 200, ["Created"] = 201, ["NoContent"] = 204, ["NotFound"] = 404 };

    public static TheoryData<string, bool> Tests
    {
        get
        {
            var data = new TheoryData<string, bool>();
            foreach (W3cTestCase test in Manifests.SelectMany(static m => Load(m).AllTests()))
            {
                data.Add(test.Key, false);
                data.Add(test.Key, true);
            }
            return data;
        }
    }

    [Fact]
    public void The_graph_store_manifests_yield_their_13_tests()
    {
        Assert.Equal(13, Manifests.Sum(static m => Load(m).AllTests().Count()));
    }

    [Theory, MemberData(nameof(Tests))]
    public async Task Graph_store_test_passes(string key, bool persistent)
    {
        Manifest manifest = Manifests.Select(Load).First(m => m.AllTests().Any(t => t.Key == key));
        W3cTestCase test = manifest.AllTests().Single(t => t.Key == key);
        ManifestGraph graph = manifest.Graph;
        string folder = Path.Combine(Path.GetTempPath(), "kg-gsp-tests", Guid.NewGuid().ToString("N"));
        try
        {
            using IQuadStore store = persistent ? RocksDbQuadStore.Open(folder, syncCommits: false) : new InMemoryQuadStore();
            await using WebApplication app = KnowledgeGraphServer.Create(new ServerOptions { BaseIri = "http://www.example/", UpdateToken = Token }, store, builder =>
            {
                builder.WebHost.UseTestServer();
                builder.Logging.ClearProviders();
            });
            await app.StartAsync();
            using HttpClient client = app.GetTestClient();
            var variables = new Dictionary<string, string>();
            int step = 0;
            foreach (Term request in graph.List(graph.Object(graph.Object(test.Id, new Iri(Mf + "action"))!, new Iri(Ht + "requests"))!))
            {
                step++;
                using HttpRequestMessage message = BuildRequest(graph, request, variables);
                using HttpResponseMessage response = await client.SendAsync(message);
                string body = await response.Content.ReadAsStringAsync();
                Term expected = graph.Object(request, new Iri(Ht + "resp"))!;
                string where = $"{key} request {step} ({message.Method} {message.RequestUri})";
                CheckResponse(graph, expected, response, body, where);
                if (graph.Text(expected, new Iri(Mf + "expectedLocation")) is { } name)
                {
                    variables[name] = response.Headers.Location?.OriginalString ?? throw new Xunit.Sdk.XunitException($"{where}: no Location header");
                }
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static HttpRequestMessage BuildRequest(ManifestGraph graph, Term request, Dictionary<string, string> variables)
    {
        string method = graph.Text(request, new Iri(Ht + "methodName"))!;
        string path = Substitute(graph.Text(request, new Iri(Ht + "absolutePath"))!, variables);
        string target = path == "/gsp" || path.StartsWith("/gsp?", StringComparison.Ordinal)
            ? "/rdf-graphs/service" + path["/gsp".Length..]
            : "/rdf-graphs/" + path["/gsp/".Length..];
        var message = new HttpRequestMessage(new HttpMethod(method), target);
        if (method is not ("GET" or "HEAD"))
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }
        List<(string Name, string Value)> headers = Headers(graph, request);
        if (graph.Object(request, new Iri(Ht + "body")) is { } content)
        {
            string text = Substitute(graph.Text(content, new Iri("http://www.w3.org/2011/content#chars"))!, variables);
            message.Content = new ByteArrayContent(new UTF8Encoding(false).GetBytes(text));
        }
        foreach ((string name, string value) in headers)
        {
            if (name.Equals("content-type", StringComparison.OrdinalIgnoreCase))
            {
                message.Content?.Headers.TryAddWithoutValidation("Content-Type", value);
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return message;
    }

    private static void CheckResponse(ManifestGraph graph, Term expected, HttpResponseMessage response, string body, string where)
    {
        int status = (int)response.StatusCode;
        var allowed = graph.Objects(expected, new Iri(Mf + "expectedStatus"))
            .Select(static t => ((Iri)t).Value[Hts.Length..])
            .ToList();
        Assert.True(allowed.Any(name => StatusCodes.TryGetValue(name, out int code) ? code == status : name == $"StatusCode{status / 100}xx"),
            $"{where}: status {status}, expected {string.Join(" or ", allowed)}; body: {body}");
        string? expectedType = Headers(graph, expected).FirstOrDefault(static h => h.Name.Equals("content-type", StringComparison.OrdinalIgnoreCase)).Value;
        if (expectedType is not null)
        {
            Assert.Equal(MediaTypeHeaderValue.Parse(expectedType).MediaType, response.Content.Headers.ContentType?.MediaType);
        }
        if (graph.Object(expected, new Iri(Ht + "body")) is { } content)
        {
            RdfFormat format = RdfFormatRegistry.Default.FindByMediaType(MediaTypeHeaderValue.Parse(expectedType!).MediaType!)!;
            List<Quad> wanted = Parse(format, graph.Text(content, new Iri("http://www.w3.org/2011/content#chars"))!);
            List<Quad> actual = Parse(format, body);
            Assert.True(Isomorphism.AreIsomorphic(wanted, actual, out string reason), $"{where}: the graph differs ({reason}); got:\n{body}");
        }
    }

    private static List<Quad> Parse(RdfFormat format, string text)
    {
        using var reader = new StringReader(text);
        return [.. format.CreateReader().Read(reader, RdfReaderOptions.Default with { BaseIri = "http://www.example/" })];
    }

    private static List<(string Name, string Value)> Headers(ManifestGraph graph, Term message)
    {
        var headers = new List<(string, string)>();
        if (graph.Object(message, new Iri(Ht + "headers")) is { } list)
        {
            foreach (Term header in graph.List(list))
            {
                headers.Add((graph.Text(header, new Iri(Ht + "fieldName"))!, graph.Text(header, new Iri(Ht + "fieldValue"))!));
            }
        }
        return headers;
    }

    private static string Substitute(string text, Dictionary<string, string> variables) =>
        variables.Aggregate(text, static (current, variable) => current.Replace(variable.Key, variable.Value, StringComparison.Ordinal));

    private static Manifest Load(string relative) => new ManifestLoader(RdfFormatRegistry.Default).Load(W3cSuites.PathOf(relative));
}
