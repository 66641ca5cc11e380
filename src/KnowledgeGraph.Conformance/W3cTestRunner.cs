using KnowledgeGraph.Conformance.Handlers;
using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Formats.JsonLd.Loading;

namespace KnowledgeGraph.Conformance;

/// <summary>
/// Runs W3C manifest tests through the handlers that know their types. This one runner serves both `kg w3c` and
/// the conformance tests, so the figures the CLI prints are the figures the test suite checks.
/// </summary>
public sealed class W3cTestRunner
{
    private readonly IReadOnlyList<ITestHandler> _handlers;

    /// <summary>Creates a runner.</summary>
    public W3cTestRunner(IReadOnlyList<ITestHandler> handlers, SkipList skips, ManifestLoader loader)
    {
        _handlers = handlers;
        Skips = skips;
        Loader = loader;
    }

    /// <summary>A runner with every handler this project has, the project's skip list and the default formats.</summary>
    public static W3cTestRunner CreateDefault()
    {
        var formats = RdfFormatRegistry.Default;
        return new W3cTestRunner([new RdfSyntaxTestHandler(formats), new SparqlSyntaxTestHandler(), new SparqlQueryTestHandler(formats), new SparqlUpdateTestHandler(formats), new ShaclValidationTestHandler(formats), new JsonLdTestHandler()], SkipList.Default, new ManifestLoader(ManifestFormats(formats)));
    }

    /// <summary>
    /// The formats manifests are read with: JSON-LD manifests refer to their context by a relative reference (a local
    /// file), so their reader may load <c>file:</c> contexts; everything else is as in <paramref name="formats"/>.
    /// </summary>
    private static RdfFormatRegistry ManifestFormats(RdfFormatRegistry formats)
    {
        var jsonLd = KnownRdfFormats.JsonLd;
        var localJsonLd = new RdfFormat(jsonLd.Name, jsonLd.MediaTypes, jsonLd.Extensions, jsonLd.FormatIri, jsonLd.SupportsNamedGraphs,
            () => new JsonLdReader(JsonLdOptions.Default with { DocumentLoader = new MappedDocumentLoader([new("file:///", "/")]) }), null);
        return new RdfFormatRegistry([localJsonLd, .. formats.Formats]);
    }

    /// <summary>The skip list in use.</summary>
    public SkipList Skips { get; }

    /// <summary>The manifest loader in use.</summary>
    public ManifestLoader Loader { get; }

    /// <summary>Whether some handler runs tests of this test's type.</summary>
    public bool IsSupported(W3cTestCase test) => _handlers.Any(h => h.Handles(test.Type));

    /// <summary>Runs one test, unless the skip list names it or it was rejected by its working group.</summary>
    public TestOutcome Run(W3cTestCase test, CancellationToken cancellationToken = default)
    {
        string? reason = Skips.ReasonFor(test.Key);
        if (reason is not null)
        {
            return TestOutcome.Skip(reason);
        }
        var graph = test.Manifest.Graph;
        if (ManifestVocabulary.Rejected.Equals(graph.Object(test.Id, ManifestVocabulary.Approval))
            || ManifestVocabulary.Rejected.Equals(graph.Object(test.Id, ManifestVocabulary.MfApproval)))
        {
            return TestOutcome.Skip("rejected by the working group (approval: Rejected)");
        }
        var handler = _handlers.FirstOrDefault(h => h.Handles(test.Type));
        return handler is null
            ? TestOutcome.Skip($"no handler for test type <{test.Type.Value}>")
            : handler.Run(test, cancellationToken);
    }

    /// <summary>Loads a manifest (with its includes) and runs every test in it.</summary>
    public IEnumerable<W3cTestResult> RunManifest(string path, CancellationToken cancellationToken = default)
    {
        var manifest = Loader.Load(path);
        foreach (var test in manifest.AllTests())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new W3cTestResult(test, Run(test, cancellationToken));
        }
    }
}
