using KnowledgeGraph.Conformance;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// The W3C SHACL test suite (Core and SHACL-SPARQL): every sht:Validate test reachable from shacl/manifest.ttl, one
/// theory case each, run through the shared runner and compared by isomorphism after the suite's normalisation.
/// </summary>
public sealed class ShaclTests
{
    private const string Manifest = "shacl/manifest.ttl";

    public static TheoryData<string> ValidationTests => ConformanceCases.For(Manifest);

    [Theory, MemberData(nameof(ValidationTests))]
    public void Shacl_validation_test_passes(string key) => ConformanceCases.AssertPasses(Manifest, key);

    [Fact]
    public void The_shacl_manifest_yields_the_core_and_sparql_tests()
    {
        var runner = W3cTestRunner.CreateDefault();
        var tests = runner.Loader.Load(W3cSuites.PathOf(Manifest)).AllTests().ToList();
        Assert.True(tests.Count >= 115, $"only {tests.Count} SHACL tests found");
        Assert.Contains(tests, t => t.Key.StartsWith("sparql/", StringComparison.Ordinal));
        Assert.All(tests, t => Assert.True(runner.IsSupported(t), $"{t.Key} has no handler"));
    }
}
