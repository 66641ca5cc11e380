using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Server.Tests;

/// <summary>
/// The W3C SPARQL 1.1 Service Description tests (sparql11/service-description/manifest.ttl), run against the
/// server's endpoint: a GET without a query returns RDF; it has an <c>sd:endpoint</c> triple naming the URL that was
/// requested; and it keeps to the vocabulary's schema (an <c>sd:Service</c> with a supported language, IRIs where the
/// vocabulary expects them, a default dataset typed <c>sd:Dataset</c>).
/// </summary>
public sealed class ServiceDescriptionTests
{
    private const string Manifest = "sparql11/service-description/manifest.ttl";
    private const string Sd = "http://www.w3.org/ns/sparql-service-description#";
    private static readonly Iri Type = new("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

    public static TheoryData<string> Tests
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (W3cTestCase test in new ManifestLoader(RdfFormatRegistry.Default).Load(W3cSuites.PathOf(Manifest)).AllTests())
            {
                data.Add(test.Key);
            }
            return data;
        }
    }

    [Fact]
    public void The_service_description_manifest_yields_its_3_tests() => Assert.Equal(3, Tests.Count);

    [Theory, MemberData(nameof(Tests))]
    public async Task Service_description_test_passes(string key)
    {
        await using var server = await TestServers.StartAsync();
        using HttpResponseMessage response = await server.Client.GetAsync("/sparql");
        string mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        RdfFormat? format = RdfFormatRegistry.Default.FindByMediaType(mediaType);
        Assert.True(format is { CanRead: true }, $"the service description came as {mediaType}, not a readable RDF format");
        var triples = format.CreateReader().Read(await response.Content.ReadAsStreamAsync(), RdfReaderOptions.Default with { BaseIri = "http://localhost/sparql" }).ToList();
        Term service = Assert.Single(triples, t => t.Predicate.Equals(Type) && t.Object.Equals(new Iri(Sd + "Service"))).Subject;
        switch (key[(key.IndexOf('#') + 1)..])
        {
            case "returns-rdf":
                Assert.NotEmpty(triples);
                break;
            case "has-endpoint-triple":
                Assert.Contains(triples, t => t.Subject.Equals(service) && t.Predicate.Value == Sd + "endpoint" && t.Object.Equals(new Iri("http://localhost/sparql")));
                break;
            case "conforms-to-schema":
                string[] languages = [Sd + "SPARQL10Query", Sd + "SPARQL11Query", Sd + "SPARQL11Update"];
                Assert.Contains(triples, t => t.Subject.Equals(service) && t.Predicate.Value == Sd + "supportedLanguage" && languages.Contains((t.Object as Iri)?.Value));
                string[] iriValued = ["endpoint", "supportedLanguage", "resultFormat", "inputFormat", "feature", "extensionFunction", "extensionAggregate", "languageExtension", "propertyFeature", "defaultEntailmentRegime"];
                Assert.All(triples.Where(t => iriValued.Any(p => t.Predicate.Value == Sd + p)), t => Assert.IsType<Iri>(t.Object));
                foreach (Term dataset in triples.Where(t => t.Predicate.Value == Sd + "defaultDataset").Select(static t => t.Object))
                {
                    Assert.Contains(triples, t => t.Subject.Equals(dataset) && t.Predicate.Equals(Type) && t.Object.Equals(new Iri(Sd + "Dataset")));
                }
                break;
            default:
                Assert.Fail($"unknown service description test {key}");
                break;
        }
    }
}
