using KnowledgeGraph.Conformance.Handlers;
using KnowledgeGraph.Conformance.Manifests;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// The W3C JSON-LD 1.1 API suite: every test of the expand, compact, flatten, toRdf, fromRdf and remote-doc manifests
/// is one theory case, except those on the skip list and those the handler never runs (JSON-LD 1.0-only tests, HTML).
/// The manifests are JSON-LD themselves and are read through the project's own JSON-LD reader.
/// </summary>
public sealed class JsonLdTests
{
    private const string Expand = "json-ld/expand-manifest.jsonld";
    private const string Compact = "json-ld/compact-manifest.jsonld";
    private const string Flatten = "json-ld/flatten-manifest.jsonld";
    private const string ToRdf = "json-ld/toRdf-manifest.jsonld";
    private const string FromRdf = "json-ld/fromRdf-manifest.jsonld";
    private const string RemoteDoc = "json-ld/remote-doc-manifest.jsonld";

    private static TheoryData<string> Cases(string manifest) => ConformanceCases.For(manifest, Runs);

    private static bool Runs(W3cTestCase test) => JsonLdTestHandler.SkipReasonFor(test) is null;

    public static TheoryData<string> ExpandTests => Cases(Expand);
    public static TheoryData<string> CompactTests => Cases(Compact);
    public static TheoryData<string> FlattenTests => Cases(Flatten);
    public static TheoryData<string> ToRdfTests => Cases(ToRdf);
    public static TheoryData<string> FromRdfTests => Cases(FromRdf);
    public static TheoryData<string> RemoteDocTests => Cases(RemoteDoc);

    [Theory, MemberData(nameof(ExpandTests))]
    public void Expand_test_passes(string key) => ConformanceCases.AssertPasses(Expand, key);

    [Theory, MemberData(nameof(CompactTests))]
    public void Compact_test_passes(string key) => ConformanceCases.AssertPasses(Compact, key);

    [Theory, MemberData(nameof(FlattenTests))]
    public void Flatten_test_passes(string key) => ConformanceCases.AssertPasses(Flatten, key);

    [Theory, MemberData(nameof(ToRdfTests))]
    public void ToRdf_test_passes(string key) => ConformanceCases.AssertPasses(ToRdf, key);

    [Theory, MemberData(nameof(FromRdfTests))]
    public void FromRdf_test_passes(string key) => ConformanceCases.AssertPasses(FromRdf, key);

    [Theory, MemberData(nameof(RemoteDocTests))]
    public void Remote_document_test_passes(string key) => ConformanceCases.AssertPasses(RemoteDoc, key);

    [Fact]
    public void The_json_ld_manifests_yield_the_whole_suite()
    {
        // Counts of the JSON-LD 1.1 suite's manifests, less the 1.0-only tests: a manifest read wrongly (a lost
        // @list, a relative IRI) would lose entries.
        Assert.True(ExpandTests.Count >= 370, $"only {ExpandTests.Count} expand tests found");
        Assert.True(CompactTests.Count >= 240, $"only {CompactTests.Count} compact tests found");
        Assert.True(FlattenTests.Count >= 50, $"only {FlattenTests.Count} flatten tests found");
        Assert.True(ToRdfTests.Count >= 450, $"only {ToRdfTests.Count} toRdf tests found");
        Assert.True(FromRdfTests.Count >= 50, $"only {FromRdfTests.Count} fromRdf tests found");
        Assert.True(RemoteDocTests.Count >= 15, $"only {RemoteDocTests.Count} remote-doc tests found");
    }
}
