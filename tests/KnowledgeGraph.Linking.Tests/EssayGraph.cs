using KnowledgeGraph.Publishing;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Linking.Tests;

/// <summary>The bundled essay built once, offline, with the committed linkset and review file, for the tests that need it.</summary>
public sealed class EssayGraph : IDisposable
{
    public EssayGraph()
    {
        Output = Directory.CreateTempSubdirectory("kg-link-build-").FullName;
        Result = new EssayBuilder(new ShaclGraphValidator()).Build(new BuildOptions
        {
            Essays = Directory.GetFiles(RepositoryFiles.Path("corpus"), "*.md"),
            OutputDirectory = Output,
            ShapesFiles = Directory.GetFiles(RepositoryFiles.Path("shapes"), "*.ttl"),
            Linkset = RepositoryFiles.Path("links", "wikidata.ttl"),
            LinkReviews = RepositoryFiles.Path("curation", "links-review.ttl"),
        });
        using var reader = new StreamReader(Path.Combine(Output, "graph.ttl"));
        Triples = KnownRdfFormats.Turtle.CreateReader().Read(reader, new RdfReaderOptions()).Select(q => q.Triple).ToList();
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public IReadOnlyList<Triple> Triples { get; }

    public void Dispose() => Directory.Delete(Output, recursive: true);
}
