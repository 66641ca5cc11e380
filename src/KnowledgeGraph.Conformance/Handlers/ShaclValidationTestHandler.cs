using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Graphs;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl;
using KnowledgeGraph.Shacl.Report;

namespace KnowledgeGraph.Conformance.Handlers;

/// <summary>
/// Runs SHACL validation tests (<c>sht:Validate</c>): validates <c>sht:dataGraph</c> against <c>sht:shapesGraph</c>
/// (each in its own store, often the test file itself) and compares the report with <c>mf:result</c> by graph
/// isomorphism after the normalisation the SHACL test suite prescribes (see <see cref="ShaclReportNormalizer"/>).
/// A <c>sht:Failure</c> result expects validation to fail: an ill-formed shapes graph or a validator failure.
/// </summary>
public sealed class ShaclValidationTestHandler : ITestHandler
{
    private const string Sht = "http://www.w3.org/ns/shacl-test#";
    private static readonly Iri Validate = new(Sht + "Validate");
    private static readonly Iri DataGraph = new(Sht + "dataGraph");
    private static readonly Iri ShapesGraphProperty = new(Sht + "shapesGraph");
    private static readonly Iri Failure = new(Sht + "Failure");

    private readonly RdfFormatRegistry _formats;

    /// <summary>Creates the handler, reading graphs with the given formats.</summary>
    public ShaclValidationTestHandler(RdfFormatRegistry formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        _formats = formats;
    }

    /// <inheritdoc/>
    public bool Handles(Iri testType) => testType.Equals(Validate);

    /// <inheritdoc/>
    public TestOutcome Run(W3cTestCase test, CancellationToken cancellationToken)
    {
        ManifestGraph graph = test.Manifest.Graph;
        if (test.Action is null || graph.Object(test.Action, DataGraph) is not Iri dataFile || graph.Object(test.Action, ShapesGraphProperty) is not Iri shapesFile)
        {
            return TestOutcome.Fail("The test names no sht:dataGraph or sht:shapesGraph.");
        }
        if (test.Result is null)
        {
            return TestOutcome.Fail("The test names no expected result.");
        }
        bool expectFailure = test.Result.Equals(Failure);
        ValidationReport report;
        try
        {
            using var shapesStore = new InMemoryQuadStore();
            shapesStore.Load(ReadGraph(test, shapesFile.Value));
            using var dataStore = new InMemoryQuadStore();
            dataStore.Load(ReadGraph(test, dataFile.Value));
            using IDatasetSnapshot shapesSnapshot = shapesStore.OpenSnapshot();
            using IDatasetSnapshot dataSnapshot = dataStore.OpenSnapshot();
            ShapesGraph shapes = ShapesGraph.Parse(shapesSnapshot);
            report = new ShaclValidator().Validate(shapes, dataSnapshot, cancellationToken);
        }
        catch (Exception e) when (e is ShapesGraphException or ShaclValidationException)
        {
            return expectFailure ? TestOutcome.Pass : TestOutcome.Fail($"{e.GetType().Name}: {e.Message}");
        }
        catch (Exception crash) when (crash is not OperationCanceledException)
        {
            return TestOutcome.Fail($"{crash.GetType().Name}: {crash.Message}");
        }
        if (expectFailure)
        {
            return TestOutcome.Fail("Validation succeeded, but the test expects a failure (sht:Failure).");
        }
        var actualQuads = report.ToTriples().Select(static t => t.InDefaultGraph()).ToList();
        Term actualRoot = actualQuads.First(q => q.Object.Equals(Sh.ValidationReport)).Subject;
        List<Quad> actual = ShaclReportNormalizer.Normalize(new ManifestGraph(actualQuads), actualRoot);
        List<Quad> expected = ShaclReportNormalizer.Normalize(graph, test.Result);
        return Isomorphism.AreIsomorphic(actual, expected, out string reason)
            ? TestOutcome.Pass
            : TestOutcome.Fail($"Reports differ: {reason}\nactual:\n{string.Join('\n', actual)}\nexpected:\n{string.Join('\n', expected)}");
    }

    private List<Quad> ReadGraph(W3cTestCase test, string fileIri)
    {
        string path = FileIri.ToPath(fileIri);
        RdfFormat format = _formats.FindByFileName(path) is { CanRead: true } found
            ? found
            : throw new InvalidDataException($"No reader for {Path.GetFileName(path)}.");
        using Stream stream = File.OpenRead(path);
        return format.CreateReader().Read(stream, RdfReaderOptions.Default with { BaseIri = test.BaseIriFor(fileIri) })
            .Where(static q => q.Graph is null).ToList();
    }
}
