using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Formats.JsonLd.Loading;

namespace KnowledgeGraph.Rdf.Formats.Tests.JsonLd;

public sealed class DocumentLoaderTests : IDisposable
{
    private const string Document = """{"@context": "https://contexts.example.org/person.jsonld", "@id": "http://example.org/alice", "name": "Alice"}""";
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-jsonld-").FullName;

    public DocumentLoaderTests() =>
        File.WriteAllText(Path.Combine(_folder, "person.jsonld"), """{"@context": {"name": "http://schema.org/name"}}""");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_default_loader_refuses_remote_urls()
    {
        var error = Assert.Throws<JsonLdException>(() => RefusingDocumentLoader.Instance.Load("https://contexts.example.org/person.jsonld"));

        Assert.Equal(JsonLdErrorCode.LoadingDocumentFailed, error.Code);
    }

    [Fact]
    public void By_default_a_remote_context_is_not_fetched_and_processing_fails()
    {
        var error = Assert.Throws<JsonLdException>(() => JsonLdProcessor.ToRdf(Document));

        Assert.Equal(JsonLdErrorCode.LoadingRemoteContextFailed, error.Code);
        Assert.Contains("remote document loading is disabled", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_context_url_mapped_to_a_local_file_is_read_from_that_file()
    {
        var loader = new MappedDocumentLoader([new("https://contexts.example.org/", _folder)]);

        var quad = Assert.Single(JsonLdProcessor.ToRdf(Document, JsonLdOptions.Default with { DocumentLoader = loader }));

        Assert.Equal("http://schema.org/name", quad.Predicate.Value);
    }

    [Fact]
    public void A_mapped_loader_refuses_urls_outside_its_mappings_and_allow_list()
    {
        var loader = new MappedDocumentLoader([new("https://contexts.example.org/", _folder)], ["https://allowed.example.org/"]);

        Assert.Throws<JsonLdException>(() => loader.Load("https://elsewhere.example.org/person.jsonld"));
    }

    [Fact]
    public void A_mapped_loader_does_not_let_dot_segments_escape_the_mapped_folder()
    {
        var loader = new MappedDocumentLoader([new("https://contexts.example.org/", _folder)]);

        Assert.Throws<JsonLdException>(() => loader.Load("https://contexts.example.org/../etc/passwd"));
    }

    [Fact]
    public void A_local_folder_loader_serves_file_iris_inside_the_folder()
    {
        var loader = MappedDocumentLoader.ForLocalFolder(_folder);
        string iri = KnowledgeGraph.Rdf.Iris.FileIri.FromPath(Path.Combine(_folder, "person.jsonld"));

        var document = loader.Load(iri);

        Assert.Equal("application/ld+json", document.ContentType);
        Assert.Contains("schema.org", document.Document, StringComparison.Ordinal);
    }
}
