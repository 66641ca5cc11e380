using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Graphs;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Conformance.Handlers;

/// <summary>
/// Runs the RDF syntax test types of the rdf-tests suites (<c>rdft:TestTurtleEval</c>,
/// <c>rdft:TestNTriplesNegativeSyntax</c>, ...) for every format in the registry that has a reader.
/// A negative test passes only on an <see cref="RdfSyntaxException"/>: any other exception is a crash, not a rejection.
/// </summary>
public sealed class RdfSyntaxTestHandler : ITestHandler
{
    private readonly RdfFormatRegistry _formats;
    private readonly Dictionary<string, (RdfFormat Format, RdfSyntaxTestKind Kind)> _types = new(StringComparer.Ordinal);

    /// <summary>Creates the handler over the given formats.</summary>
    public RdfSyntaxTestHandler(RdfFormatRegistry formats)
    {
        _formats = formats;
        Register("NTriples", KnownRdfFormats.NTriples);
        Register("NQuads", KnownRdfFormats.NQuads);
        Register("Turtle", KnownRdfFormats.Turtle);
        Register("Trig", KnownRdfFormats.TriG);
        Register("XML", KnownRdfFormats.RdfXml);
    }

    private void Register(string prefix, RdfFormat format)
    {
        var registered = _formats.FindByName(format.Name);
        if (registered is null || !registered.CanRead)
        {
            return;
        }
        string stem = ManifestVocabulary.Rdft + "Test" + prefix;
        _types[stem + "PositiveSyntax"] = (registered, RdfSyntaxTestKind.PositiveSyntax);
        _types[stem + "NegativeSyntax"] = (registered, RdfSyntaxTestKind.NegativeSyntax);
        _types[stem + "Eval"] = (registered, RdfSyntaxTestKind.Eval);
        _types[stem + "NegativeEval"] = (registered, RdfSyntaxTestKind.NegativeEval);
        _types[stem + "PositiveC14N"] = (registered, RdfSyntaxTestKind.PositiveCanonical);
    }

    /// <inheritdoc/>
    public bool Handles(Iri testType) => _types.ContainsKey(testType.Value);

    /// <inheritdoc/>
    public TestOutcome Run(W3cTestCase test, CancellationToken cancellationToken)
    {
        var (format, kind) = _types[test.Type.Value];
        if (test.Action is not Iri action)
        {
            return TestOutcome.Fail("The test has no mf:action file.");
        }
        List<Quad> actual;
        try
        {
            actual = ReadFile(format, action.Value, test.BaseIriFor(action.Value));
        }
        catch (RdfSyntaxException error) when (kind is RdfSyntaxTestKind.NegativeSyntax or RdfSyntaxTestKind.NegativeEval)
        {
            _ = error;
            return TestOutcome.Pass;
        }
        catch (RdfSyntaxException error)
        {
            return TestOutcome.Fail("Rejected valid input: " + error.Message);
        }
        catch (Exception crash) when (crash is not OperationCanceledException)
        {
            return TestOutcome.Fail($"Crashed with {crash.GetType().Name}: {crash.Message}");
        }
        try
        {
            return kind switch
            {
                RdfSyntaxTestKind.PositiveSyntax => TestOutcome.Pass,
                RdfSyntaxTestKind.NegativeSyntax or RdfSyntaxTestKind.NegativeEval =>
                    TestOutcome.Fail($"Accepted invalid input ({actual.Count} statements read)."),
                RdfSyntaxTestKind.Eval => CompareWithExpected(test, actual),
                RdfSyntaxTestKind.PositiveCanonical => CompareCanonical(test, format, actual),
                _ => TestOutcome.Fail($"Unknown test kind {kind}."),
            };
        }
        catch (Exception crash) when (crash is not OperationCanceledException)
        {
            return TestOutcome.Fail($"Checking the result crashed with {crash.GetType().Name}: {crash.Message}");
        }
    }

    private TestOutcome CompareWithExpected(W3cTestCase test, List<Quad> actual)
    {
        if (test.Result is not Iri result)
        {
            return TestOutcome.Fail("An evaluation test without mf:result.");
        }
        var expectedFormat = _formats.FindByFileName(FileIri.ToPath(result.Value));
        if (expectedFormat is null || !expectedFormat.CanRead)
        {
            return TestOutcome.Fail($"No reader for the expected result {result.Value}.");
        }
        var expected = ReadFile(expectedFormat, result.Value, test.BaseIriFor(result.Value));
        var comparison = Isomorphism.Compare(expected, actual);
        return comparison.IsIsomorphic ? TestOutcome.Pass : TestOutcome.Fail("Result differs from the expected one: " + comparison.Reason);
    }

    private static TestOutcome CompareCanonical(W3cTestCase test, RdfFormat format, List<Quad> actual)
    {
        if (test.Result is not Iri result)
        {
            return TestOutcome.Fail("A canonicalisation test without mf:result.");
        }
        string expected = File.ReadAllText(FileIri.ToPath(result.Value));
        var output = new StringWriter { NewLine = "\n" };
        format.CreateWriter().Write(actual, output, RdfWriterOptions.Default with { Canonical = true });
        // Canonical form fixes how each statement is written, not the order of statements: our canonical writer sorts,
        // the suite's expected files keep input order, so the statement lines are compared as sorted lists.
        return SortedLines(expected).SequenceEqual(SortedLines(output.ToString()), StringComparer.Ordinal)
               && expected.EndsWith('\n') == output.ToString().EndsWith('\n')
            ? TestOutcome.Pass
            : TestOutcome.Fail($"Canonical output differs.\nExpected:\n{expected}\nActual:\n{output}");
    }

    private static string[] SortedLines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];

    private static List<Quad> ReadFile(RdfFormat format, string fileIri, string baseIri)
    {
        using var stream = File.OpenRead(FileIri.ToPath(fileIri));
        return format.CreateReader().Read(stream, RdfReaderOptions.Default with { BaseIri = baseIri }).ToList();
    }
}
