using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Graphs;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Querying;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Translation;

namespace KnowledgeGraph.Conformance.Handlers;

/// <summary>
/// Runs SPARQL query evaluation tests (<c>mf:QueryEvaluationTest</c>, <c>mf:CSVResultFormatTest</c>): loads
/// <c>qt:data</c> into the default graph and each <c>qt:graphData</c> into a named graph named by its IRI, plus any
/// local file the query names in FROM / FROM NAMED, runs <c>qt:query</c> (based at its own IRI) and compares with
/// <c>mf:result</c>: solutions with <see cref="SparqlResultComparer"/> (in order when the query has ORDER BY),
/// graphs by isomorphism. Every test gets its own store, so tests cannot see each other's data.
/// </summary>
public sealed class SparqlQueryTestHandler : ITestHandler
{
    private const string Mf = ManifestVocabulary.Mf;
    private const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    private static readonly Iri QtQuery = new(Qt + "query");
    private static readonly Iri QtData = new(Qt + "data");
    private static readonly Iri QtGraphData = new(Qt + "graphData");
    private static readonly Iri ResultCardinality = new(Mf + "resultCardinality");
    private static readonly Iri LaxCardinality = new(Mf + "LaxCardinality");

    /// <summary>A query that runs longer than this fails rather than stalling the whole suite.</summary>
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    private readonly RdfFormatRegistry _formats;
    private readonly SparqlQueryProcessor _processor = new();

    /// <summary>Creates the handler, reading data files with the given formats.</summary>
    public SparqlQueryTestHandler(RdfFormatRegistry formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        _formats = formats;
    }

    private static readonly Iri EntailmentRegime = new("http://www.w3.org/ns/sparql-service-description#entailmentRegime");
    private static readonly Iri ServiceData = new("http://www.w3.org/2001/sw/DataAccess/tests/test-query#serviceData");

    /// <inheritdoc/>
    public bool Handles(Iri testType) => testType.Value is Mf + "QueryEvaluationTest" or Mf + "CSVResultFormatTest";

    /// <inheritdoc/>
    public TestOutcome Run(W3cTestCase test, CancellationToken cancellationToken)
    {
        ManifestGraph graph = test.Manifest.Graph;
        if (test.Action is not null && graph.Object(test.Action, EntailmentRegime) is not null)
        {
            return TestOutcome.Skip("needs an entailment regime (RDF/RDFS/D/OWL), which this engine does not implement; entailment is excluded from issue 3's scope");
        }
        if (test.Action is not null && graph.Object(test.Action, ServiceData) is not null)
        {
            return TestOutcome.Skip("federated query: needs the remote SERVICE endpoints the test describes; SERVICE is off (no network) and federation is excluded from issue 3's scope");
        }
        if (test.Action is null || graph.Object(test.Action, QtQuery) is not Iri queryFile)
        {
            return TestOutcome.Fail("The test names no query file.");
        }
        if (test.Result is not Iri resultFile)
        {
            return TestOutcome.Fail("The test names no result file.");
        }
        try
        {
            string baseIri = test.BaseIriFor(queryFile.Value);
            TranslatedQuery query = SparqlQueryProcessor.Prepare(File.ReadAllText(FileIri.ToPath(queryFile.Value)), baseIri);
            using var store = new InMemoryQuadStore();
            var quads = new List<Quad>();
            foreach (Iri data in graph.Objects(test.Action, QtData).OfType<Iri>())
            {
                quads.AddRange(ReadGraph(test, data.Value).Select(static q => q with { Graph = null }));
            }
            foreach (Iri data in graph.Objects(test.Action, QtGraphData).OfType<Iri>())
            {
                quads.AddRange(ReadGraph(test, data.Value).Select(q => q with { Graph = data }));
            }
            if (query.Dataset is { } dataset)
            {
                // FROM / FROM NAMED: the named documents are local test files; load each as a graph named by its IRI.
                foreach (Iri named in dataset.DefaultGraphs.Concat(dataset.NamedGraphs).Distinct())
                {
                    if (named.Value.StartsWith("file:", StringComparison.Ordinal) && File.Exists(FileIri.ToPath(named.Value)))
                    {
                        quads.AddRange(ReadGraph(test, named.Value).Select(q => q with { Graph = named }));
                    }
                }
            }
            store.Load(quads);
            using IDatasetSnapshot snapshot = store.OpenSnapshot();
            var options = new QueryOptions { Timeout = TimeLimit, CancellationToken = cancellationToken, BaseIri = baseIri };
            SparqlQueryResult actual = _processor.Execute(query, snapshot, options);
            return actual.Results is { } results
                ? CompareResults(test, results, actual.IsOrdered, resultFile.Value)
                : CompareGraph(test, actual.Triples!, resultFile.Value);
        }
        catch (Exception crash) when (crash is not OperationCanceledException || crash is QueryTimeoutException)
        {
            return TestOutcome.Fail($"{crash.GetType().Name}: {crash.Message}");
        }
    }

    private TestOutcome CompareResults(W3cTestCase test, SparqlResultSet actual, bool ordered, string resultFile)
    {
        string path = FileIri.ToPath(resultFile);
        SparqlResultSet expected;
        bool csv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        if (SparqlResultFormatRegistry.Default.FindByFileName(path) is { } format)
        {
            using Stream stream = File.OpenRead(path);
            expected = format.CreateReader().Read(stream);
        }
        else
        {
            List<Quad> quads = ReadGraph(test, resultFile);
            if (!SparqlRdfResultSetReader.IsResultSet(quads))
            {
                return TestOutcome.Fail("The expected result is a graph but the query returned solutions.");
            }
            expected = SparqlRdfResultSetReader.Read(quads);
        }
        // Lax cardinality (REDUCED): any number of copies of a row between one and the expected number is right.
        bool lax = LaxCardinality.Equals(test.Manifest.Graph.Object(test.Id, ResultCardinality));
        if (!csv)
        {
            // CSV keeps only text, so a CSV expectation is compared with the lexical forms the query really produced.
            actual = SparqlResultNormalizer.Normalize(actual, lax);
            expected = SparqlResultNormalizer.Normalize(expected, lax);
        }
        SparqlResultComparison comparison = csv
            ? SparqlResultComparer.CompareAsCsv(actual, expected, ordered)
            : SparqlResultComparer.Compare(actual, expected, ordered);
        return comparison.AreEqual ? TestOutcome.Pass : TestOutcome.Fail("Results differ: " + comparison.Difference);
    }

    private TestOutcome CompareGraph(W3cTestCase test, IReadOnlyList<Triple> actual, string resultFile)
    {
        List<Quad> expected = ReadGraph(test, resultFile);
        return Isomorphism.AreIsomorphic(actual.Select(static t => t.InDefaultGraph()), expected, out string reason)
            ? TestOutcome.Pass
            : TestOutcome.Fail("Graphs differ: " + reason);
    }

    private List<Quad> ReadGraph(W3cTestCase test, string fileIri)
    {
        string path = FileIri.ToPath(fileIri);
        RdfFormat format = _formats.FindByFileName(path) is { CanRead: true } found
            ? found
            : throw new InvalidDataException($"No reader for {Path.GetFileName(path)}.");
        using Stream stream = File.OpenRead(path);
        return format.CreateReader().Read(stream, RdfReaderOptions.Default with { BaseIri = test.BaseIriFor(fileIri) }).ToList();
    }
}
