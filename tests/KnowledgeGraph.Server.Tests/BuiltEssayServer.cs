using KnowledgeGraph.Publishing;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Server.Tests;

/// <summary>
/// The bundled essay built once as <c>kg build</c> builds it (curation, reviewed Wikidata linkset, ontology) and served
/// in process, shared by the tests of a class. Shape validation is skipped: the build's own tests cover it.
/// </summary>
public sealed class BuiltEssayServer : IAsyncLifetime
{
    private string? _output;
    private TestServers? _server;

    public HttpClient Client => (_server ?? throw new InvalidOperationException("not started")).Client;

    public async Task InitializeAsync()
    {
        string root = Root();
        _output = Directory.CreateTempSubdirectory("kg-recon-build-").FullName;
        new EssayBuilder(new AcceptingValidator()).Build(new BuildOptions
        {
            Essays = Directory.GetFiles(Path.Combine(root, "corpus"), "*.md"),
            OutputDirectory = _output,
            CurationFiles = [.. Directory.GetFiles(Path.Combine(root, "curation"), "*.ttl").Order(StringComparer.Ordinal)],
            OntologyFiles = Directory.GetFiles(Path.Combine(root, "ontology"), "*.ttl"),
            Linkset = Path.Combine(root, "links", "wikidata.ttl"),
            LinkReviews = Path.Combine(root, "curation", "links-review.ttl"),
        });
        _server = await TestServers.StartAsync(await File.ReadAllTextAsync(Path.Combine(_output, "graph.ttl")));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        if (_output is not null)
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("the repository root (KnowledgeGraph.sln) is not above the test folder");
    }

    private sealed class AcceptingValidator : IGraphValidator
    {
        public ValidationOutcome Validate(IReadOnlyCollection<Triple> data, IReadOnlyCollection<Triple> shapes) => new(true, "", Ran: false);
    }
}
