using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Server.Tests;

/// <summary>
/// The W3C SPARQL 1.1 Protocol tests (sparql11/protocol/manifest.ttl), run against the server: each test's graphs
/// are loaded as named graphs, its HTTP requests are replayed in order and each response is checked for the status
/// class, format and boolean answer the manifest expects. The manifest lets a service use separate endpoints for
/// queries and updates; ours are /sparql and /update, so update requests are sent to /update with its token.
/// </summary>
public sealed class ProtocolTests
{
    private const string Manifest = "sparql11/protocol/manifest.ttl";
    private const string Token = "protocol-test-token";
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Ht = "http://www.w3.org/2011/http#";
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";
    private static readonly Iri Label = new("http://www.w3.org/2000/01/rdf-schema#label");

    public static TheoryData<string> Tests
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (W3cTestCase test in Load().AllTests())
            {
                data.Add(test.Key);
            }
            return data;
        }
    }

    [Fact]
    public void The_protocol_manifest_yields_its_34_tests()
    {
        Assert.Equal(34, Tests.Count);
    }

    [Theory, MemberData(nameof(Tests))]
    public async Task Protocol_test_passes(string key)
    {
        Manifest manifest = Load();
        W3cTestCase test = manifest.AllTests().Single(t => t.Key == key);
        ManifestGraph graph = manifest.Graph;
        using var store = new InMemoryQuadStore();
        foreach (Term data in graph.Objects(test.Id, new Iri(Ut + "graphData")))
        {
            string file = FileIri.ToPath(((Iri)graph.Object(data, new Iri(Ut + "graph"))!).Value);
            var name = new Iri(graph.Text(data, Label)!);
            using var stream = File.OpenRead(file);
            store.Load(KnownRdfFormats.NTriples.CreateReader().Read(stream, RdfReaderOptions.Default).Select(q => q with { Graph = name }));
        }
        var options = new ServerOptions { BaseIri = TestServers.Base, UpdateToken = Token };
        await using WebApplication app = KnowledgeGraphServer.Create(options, store, builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        using HttpClient client = app.GetTestClient();
        Term connection = test.Action!;
        int step = 0;
        foreach (Term request in graph.List(graph.Object(connection, new Iri(Ht + "requests"))!))
        {
            step++;
            using HttpRequestMessage message = BuildRequest(graph, request);
            using HttpResponseMessage response = await client.SendAsync(message);
            string body = await response.Content.ReadAsStringAsync();
            Term expected = graph.Object(request, new Iri(Ht + "resp"))!;
            CheckResponse(graph, expected, response, body, $"{key} request {step}");
        }
    }

    private static HttpRequestMessage BuildRequest(ManifestGraph graph, Term request)
    {
        string method = graph.Text(request, new Iri(Ht + "methodName"))!;
        string path = graph.Text(request, new Iri(Ht + "absolutePath"))!;
        string? body = graph.Object(request, new Iri(Ht + "body")) is { } content ? graph.Text(content, new Iri("http://www.w3.org/2011/content#chars")) : null;
        var headers = new List<(string Name, string Value)>();
        if (graph.Object(request, new Iri(Ht + "headers")) is { } list)
        {
            foreach (Term header in graph.List(list))
            {
                headers.Add((graph.Text(header, new Iri(Ht + "fieldName"))!, graph.Text(header, new Iri(Ht + "fieldValue"))!));
            }
        }
        string? contentType = headers.FirstOrDefault(static h => h.Name.Equals("content-type", StringComparison.OrdinalIgnoreCase)).Value;
        bool isUpdate = (contentType?.StartsWith("application/sparql-update", StringComparison.Ordinal) ?? false)
            || (body?.StartsWith("update=", StringComparison.Ordinal) ?? false)
            || path.Contains("?update=", StringComparison.Ordinal)
            || path.Contains("using-", StringComparison.Ordinal);
        string target = (isUpdate ? "/update" : "/sparql") + path["/sparql/".Length..];
        var message = new HttpRequestMessage(new HttpMethod(method), target);
        if (isUpdate)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }
        if (body is not null)
        {
            // The manifest gives the body as text; a request declaring another charset gets its bytes in that charset.
            Encoding encoding = contentType?.Contains("UTF-16", StringComparison.OrdinalIgnoreCase) == true ? Encoding.Unicode : new UTF8Encoding(false);
            message.Content = new ByteArrayContent(encoding.GetBytes(body));
            if (contentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }
        return message;
    }

    private static void CheckResponse(ManifestGraph graph, Term expected, HttpResponseMessage response, string body, string where)
    {
        int status = (int)response.StatusCode;
        var classes = graph.Objects(expected, new Iri(Mf + "expectedStatus")).Select(static t => ((Iri)t).Value[^3..]).ToList();
        Assert.True(classes.Contains($"{status / 100}xx"), $"{where}: status {status}, expected {string.Join(" or ", classes)}; body: {body}");
        string? mediaType = response.Content.Headers.ContentType?.MediaType;
        switch (graph.Text(expected, new Iri(Mf + "expectedFormat")))
        {
            case "boolean" or "tabular":
                Assert.True(mediaType?.StartsWith("application/sparql-results", StringComparison.Ordinal), $"{where}: results came as {mediaType}");
                break;
            case "RDF":
                Assert.True(RdfFormatRegistry.Default.FindByMediaType(mediaType ?? "") is not null, $"{where}: graph came as {mediaType}");
                break;
        }
        if (graph.Text(expected, new Iri(Mf + "expectedBoolean")) is { } answer)
        {
            using JsonDocument json = JsonDocument.Parse(body);
            Assert.Equal(bool.Parse(answer), json.RootElement.GetProperty("boolean").GetBoolean());
        }
    }

    private static Manifest Load() => new ManifestLoader(RdfFormatRegistry.Default).Load(W3cSuites.PathOf(Manifest));
}
