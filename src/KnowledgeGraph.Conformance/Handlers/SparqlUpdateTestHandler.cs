using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Graphs;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Functions;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Update;

namespace KnowledgeGraph.Conformance.Handlers;

/// <summary>
/// Runs mf:UpdateEvaluationTest: builds a store from the action's ut:data (default graph) and ut:graphData (named
/// graphs, each named by its rdfs:label), applies the ut:request, and compares the whole resulting dataset — named
/// graphs included — with the result's data by isomorphism. A result with ut:result ut:failure expects the request
/// to be refused and the store left as it was.
/// </summary>
public sealed class SparqlUpdateTestHandler : ITestHandler
{
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";
    private static readonly Iri UpdateEvaluationTest = new(ManifestVocabulary.Mf + "UpdateEvaluationTest");
    private static readonly Iri Request = new(Ut + "request");
    private static readonly Iri Data = new(Ut + "data");
    private static readonly Iri GraphData = new(Ut + "graphData");
    private static readonly Iri GraphFile = new(Ut + "graph");
    private static readonly Iri Outcome = new(Ut + "result");
    private static readonly Iri Failure = new(Ut + "failure");

    private readonly RdfFormatRegistry _formats;

    /// <summary>Creates the handler; data files are read with <paramref name="formats"/>.</summary>
    public SparqlUpdateTestHandler(RdfFormatRegistry formats)
    {
        _formats = formats;
    }

    /// <inheritdoc/>
    public bool Handles(Iri testType) => testType.Equals(UpdateEvaluationTest);

    /// <inheritdoc/>
    public TestOutcome Run(W3cTestCase test, CancellationToken cancellationToken)
    {
        ManifestGraph graph = test.Manifest.Graph;
        if (test.Action is null || graph.Object(test.Action, Request) is not Iri request)
        {
            return TestOutcome.Fail("The test names no ut:request.");
        }
        try
        {
            List<Quad> before = DatasetOf(test, test.Action);
            string text = File.ReadAllText(FileIri.ToPath(request.Value));
            SparqlUpdate update = SparqlParser.ParseUpdate(text, test.BaseIriFor(request.Value));
            using var store = new InMemoryQuadStore();
            store.Load(before);
            bool expectFailure = test.Result is not null && Failure.Equals(graph.Object(test.Result, Outcome));
            try
            {
                new SparqlUpdateExecutor(new SparqlFunctionLibrary()).Execute(update, store,
                    new UpdateOptions { AllowLoad = true, CancellationToken = cancellationToken });
            }
            catch (SparqlUpdateException error)
            {
                return expectFailure ? SameAs(store, before, "after the refused request") : TestOutcome.Fail(error.Message);
            }
            if (expectFailure)
            {
                return TestOutcome.Fail("The request succeeded but the test expects it to fail.");
            }
            List<Quad> expected = test.Result is null ? [] : DatasetOf(test, test.Result);
            return SameAs(store, expected, "after the request");
        }
        catch (SparqlSyntaxException error)
        {
            return TestOutcome.Fail("The request does not parse: " + error.Message);
        }
        catch (Exception error) when (error is IOException or RdfSyntaxException or InvalidDataException)
        {
            return TestOutcome.Fail($"Cannot read the test's files: {error.Message}");
        }
    }

    private static TestOutcome SameAs(InMemoryQuadStore store, List<Quad> expected, string when)
    {
        using IDatasetSnapshot snapshot = store.OpenSnapshot();
        List<Quad> actual = snapshot.Match(QuadPattern.InAllGraphs()).ToList();
        return Isomorphism.AreIsomorphic(actual, expected, out string reason)
            ? TestOutcome.Pass
            : TestOutcome.Fail($"The dataset {when} differs from the expected one: {reason}\nActual:\n{string.Join("\n", actual)}\nExpected:\n{string.Join("\n", expected)}");
    }

    // The dataset a test's action or result describes: ut:data files make up the default graph, each ut:graphData
    // names a file (ut:graph) and the graph's name (rdfs:label; older manifests give only the file, which then is
    // also the name).
    private List<Quad> DatasetOf(W3cTestCase test, Term node)
    {
        ManifestGraph graph = test.Manifest.Graph;
        var quads = new List<Quad>();
        foreach (Term data in graph.Objects(node, Data))
        {
            quads.AddRange(Read(test, data, null));
        }
        foreach (Term graphData in graph.Objects(node, GraphData))
        {
            if (graphData is Iri file)
            {
                quads.AddRange(Read(test, file, file));
                continue;
            }
            Term source = graph.Object(graphData, GraphFile) ?? throw new InvalidDataException("A ut:graphData has no ut:graph.");
            string? label = graph.Text(graphData, ManifestVocabulary.Label);
            Iri name = label is null ? (Iri)source : new Iri(label);
            quads.AddRange(Read(test, source, name));
        }
        return quads;
    }

    private IEnumerable<Quad> Read(W3cTestCase test, Term file, Iri? graphName)
    {
        if (file is not Iri iri)
        {
            throw new InvalidDataException($"A data file is named by {file}, not an IRI.");
        }
        string path = FileIri.ToPath(iri.Value);
        RdfFormat format = _formats.FindByFileName(path) is { CanRead: true } found
            ? found
            : throw new InvalidDataException($"No readable format for {path}.");
        using FileStream stream = File.OpenRead(path);
        List<Quad> quads = format.CreateReader().Read(stream, RdfReaderOptions.Default with { BaseIri = test.BaseIriFor(iri.Value) }).ToList();
        return graphName is null ? quads : quads.Select(q => q with { Graph = graphName });
    }
}
