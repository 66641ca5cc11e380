using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Publishing.Tests;

/// <summary>The bundled essay built once (with the curation files, as <c>kg build</c> does) into a temporary folder and loaded into a store, shared by the tests.</summary>
public sealed class BuiltEssay : IDisposable
{
    public BuiltEssay()
    {
        Output = Path.Combine(Path.GetTempPath(), "kg-build-" + Guid.NewGuid().ToString("N"));
        Validator = new RecordingValidator(conforms: true);
        Result = new EssayBuilder(Validator).Build(new BuildOptions
        {
            Essays = [Repository.Essay],
            OutputDirectory = Output,
            ShapesFiles = Repository.Shapes,
            CurationFiles = Repository.Curation,
            OntologyFiles = Repository.Ontology,
        });
        using var reader = new StreamReader(Path.Combine(Output, "graph.ttl"));
        Store.Load(KnownRdfFormats.Turtle.CreateReader().Read(reader, RdfReaderOptions.Default));
    }

    public string Output { get; }

    internal RecordingValidator Validator { get; }

    public BuildResult Result { get; }

    public InMemoryQuadStore Store { get; } = new();

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(Output, recursive: true);
    }
}
