using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Formats.JsonLd.Loading;
using KnowledgeGraph.Rdf.Formats.NQuads;
using KnowledgeGraph.Rdf.Graphs;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Conformance.Handlers;

/// <summary>
/// Runs the JSON-LD 1.1 API test suite (<c>jld:ExpandTest</c>, <c>jld:CompactTest</c>, <c>jld:FlattenTest</c>,
/// <c>jld:ToRDFTest</c>, <c>jld:FromRDFTest</c>, <c>jld:RemoteDocumentTest</c>, each positive, negative or syntax).
/// Test documents are addressed by their published URLs (<c>https://w3c.github.io/json-ld-api/tests/...</c>) and
/// served from the local copy of the suite, so relative references and remote contexts resolve as the suite expects
/// without any network access.
/// </summary>
public sealed class JsonLdTestHandler : ITestHandler
{
    /// <summary>The vocabulary of the JSON-LD test manifests.</summary>
    public const string Vocab = "https://w3c.github.io/json-ld-api/tests/vocab#";

    /// <summary>Where the suite is published; test documents are given these URLs as their base.</summary>
    public const string PublishedBase = "https://w3c.github.io/json-ld-api/tests/";

    /// <inheritdoc/>
    public bool Handles(Iri testType) => testType.Value.StartsWith(Vocab, StringComparison.Ordinal);

    /// <summary>
    /// Why a test is not run, decided from the manifest alone: JSON-LD 1.0-only tests (this processor runs
    /// json-ld-1.1) and the optional HTML tests. Null when the test runs.
    /// </summary>
    public static string? SkipReasonFor(W3cTestCase test)
    {
        var graph = test.Manifest.Graph;
        var types = graph.Objects(test.Id, RdfVocab.Type).OfType<Iri>().Select(t => t.Value).ToList();
        var option = graph.Object(test.Id, new Iri(Vocab + "option"));
        if (option is not null && graph.Text(option, new Iri(Vocab + "specVersion")) == "json-ld-1.0")
        {
            return "specVersion json-ld-1.0: the test checks JSON-LD 1.0 behaviour only; this processor runs json-ld-1.1";
        }
        if (types.Contains(Vocab + "HtmlTest") || test.Key.Contains("/html-manifest", StringComparison.Ordinal))
        {
            return "HTML script extraction is optional and not implemented (the local copy of the suite has no .html inputs either)";
        }
        return null;
    }

    /// <inheritdoc/>
    public TestOutcome Run(W3cTestCase test, CancellationToken cancellationToken)
    {
        if (SkipReasonFor(test) is string skip)
        {
            return TestOutcome.Skip(skip);
        }
        var graph = test.Manifest.Graph;
        var types = graph.Objects(test.Id, RdfVocab.Type).OfType<Iri>().Select(t => t.Value[(t.Value.LastIndexOf('#') + 1)..]).ToHashSet(StringComparer.Ordinal);
        var option = graph.Object(test.Id, new Iri(Vocab + "option"));
        IReadOnlyList<string> Options(string name) => option is null
            ? []
            : graph.Objects(option, new Iri(Vocab + name)).Select(o => o switch
            {
                Literal literal => literal.LexicalForm,
                Iri iri => iri.Value,
                _ => "",
            }).ToList();
        string? Option(string name) => Options(name).FirstOrDefault();
        if (test.Action is not Iri action)
        {
            return TestOutcome.Fail("The test has no input.");
        }
        string folder = test.Manifest.Iri[..(test.Manifest.Iri.LastIndexOf('/') + 1)];
        string Published(string fileIri) => fileIri.StartsWith(folder, StringComparison.Ordinal) ? PublishedBase + fileIri[folder.Length..] : fileIri;
        var loader = new MappedDocumentLoader([
            new(PublishedBase, Path.GetDirectoryName(test.Manifest.Path)! + Path.DirectorySeparatorChar),
        ]);
        var options = new JsonLdOptions
        {
            Base = Option("base") ?? Published(action.Value),
            DocumentLoader = loader,
            ProcessingMode = Option("processingMode") ?? "json-ld-1.1",
            CompactArrays = Option("compactArrays") != "false",
            CompactToRelative = Option("compactToRelative") != "false",
            ExpandContextUrl = Option("expandContext") is string expandContext ? Published(expandContext) : null,
            ProduceGeneralizedRdf = Option("produceGeneralizedRdf") == "true",
            RdfDirection = Option("rdfDirection"),
            UseNativeTypes = Option("useNativeTypes") == "true",
            UseRdfType = Option("useRdfType") == "true",
            OmitGraph = Option("omitGraph") == "true",
        };
        bool negative = types.Contains("NegativeEvaluationTest");
        string? expectedError = negative ? graph.Text(test.Id, ManifestVocabulary.Result) : null;
        try
        {
            var outcome = test.Key.Contains("/remote-doc-manifest", StringComparison.Ordinal)
                ? RunRemoteDocument(test, action, options, Published, Options)
                : RunOperation(test, types, action, options);
            if (negative)
            {
                return TestOutcome.Fail($"Expected the error '{expectedError}', but the operation succeeded.");
            }
            return outcome;
        }
        catch (JsonLdException error) when (negative)
        {
            return error.Code == expectedError
                ? TestOutcome.Pass
                : TestOutcome.Fail($"Expected the error '{expectedError}', got: {error.Message}");
        }
        catch (JsonLdException error)
        {
            return TestOutcome.Fail("Rejected valid input: " + error.Message);
        }
        catch (Exception crash) when (crash is not OperationCanceledException)
        {
            return TestOutcome.Fail($"Crashed with {crash.GetType().Name}: {crash.Message} {crash.StackTrace?.Split('\n').FirstOrDefault()}");
        }
    }

    private static TestOutcome RunOperation(W3cTestCase test, HashSet<string> types, Iri action, JsonLdOptions options)
    {
        string input = File.ReadAllText(FileIri.ToPath(action.Value));
        string? ExpectedFile() => test.Result is Iri result ? File.ReadAllText(FileIri.ToPath(result.Value)) : null;
        string? contextText = test.Manifest.Graph.Object(test.Id, new Iri(Vocab + "context")) is Iri context
            ? File.ReadAllText(FileIri.ToPath(context.Value))
            : null;
        if (types.Contains("ExpandTest"))
        {
            return CompareJson(ExpectedFile(), JsonLdProcessor.Expand(input, options));
        }
        if (types.Contains("CompactTest"))
        {
            return CompareJson(ExpectedFile(), JsonLdProcessor.Compact(input, contextText ?? "{}", options));
        }
        if (types.Contains("FlattenTest"))
        {
            return CompareJson(ExpectedFile(), JsonLdProcessor.Flatten(input, contextText, options));
        }
        if (types.Contains("ToRDFTest"))
        {
            var actual = JsonLdProcessor.ToRdf(input, options);
            if (types.Contains("PositiveSyntaxTest") || test.Result is not Iri)
            {
                return TestOutcome.Pass;
            }
            var expected = new NQuadsReader().Read(new StringReader(ExpectedFile()!), RdfReaderOptions.Default).ToList();
            var comparison = Isomorphism.Compare(expected, actual);
            return comparison.IsIsomorphic ? TestOutcome.Pass : TestOutcome.Fail("Result differs from the expected one: " + comparison.Reason);
        }
        if (types.Contains("FromRDFTest"))
        {
            var quads = new NQuadsReader().Read(new StringReader(input), RdfReaderOptions.Default).ToList();
            return CompareJson(ExpectedFile(), JsonLdProcessor.FromRdf(quads, options));
        }
        return TestOutcome.Skip("no operation among the test's types: " + string.Join(", ", types));
    }

    /// <summary>A remote-doc test: the input is loaded by URL through a loader that emulates the test's HTTP options.</summary>
    private static TestOutcome RunRemoteDocument(W3cTestCase test, Iri action, JsonLdOptions options, Func<string, string> published, Func<string, IReadOnlyList<string>> testOptions)
    {
        string url = published(action.Value);
        var loader = new RemoteDocTestLoader(options.DocumentLoader, url, name => testOptions(name).Select(published).ToList());
        var document = loader.Load(url);
        string actual = JsonLdProcessor.Expand(document, options with { Base = null, DocumentLoader = loader });
        return CompareJson(test.Result is Iri result ? File.ReadAllText(FileIri.ToPath(result.Value)) : null, actual);
    }

    private static TestOutcome CompareJson(string? expected, string actual)
    {
        if (expected is null)
        {
            return TestOutcome.Fail("The test has no expected result.");
        }
        return JsonLdComparison.AreEquivalent(expected, actual)
            ? TestOutcome.Pass
            : TestOutcome.Fail("Result differs from the expected one:\n" + actual);
    }
}
