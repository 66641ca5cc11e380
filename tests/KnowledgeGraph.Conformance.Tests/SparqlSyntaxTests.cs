using KnowledgeGraph.Conformance;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// The SPARQL 1.0 and 1.1 syntax tests: every positive and negative (update) syntax test of each manifest that has
/// them is one theory case. Manifests that mix syntax and evaluation tests contribute only their syntax tests here.
/// </summary>
public sealed class SparqlSyntaxTests
{
    private static readonly string[] QueryManifests =
    [
        "sparql10/syntax-sparql1/manifest.ttl",
        "sparql10/syntax-sparql2/manifest.ttl",
        "sparql10/syntax-sparql3/manifest.ttl",
        "sparql10/syntax-sparql4/manifest.ttl",
        "sparql10/syntax-sparql5/manifest.ttl",
        "sparql11/syntax-query/manifest.ttl",
        "sparql11/syntax-fed/manifest.ttl",
        "sparql11/aggregates/manifest.ttl",
        "sparql11/grouping/manifest.ttl",
        "sparql11/construct/manifest.ttl",
    ];

    private static readonly string[] UpdateManifests =
    [
        "sparql11/syntax-update-1/manifest.ttl",
        "sparql11/syntax-update-2/manifest.ttl",
        "sparql11/delete-insert/manifest.ttl",
    ];

    public static TheoryData<string, string> QueryTests => SyntaxCases(QueryManifests);

    public static TheoryData<string, string> UpdateTests => SyntaxCases(UpdateManifests);

    [Theory, MemberData(nameof(QueryTests))]
    public void Query_syntax_test_passes(string manifest, string key) => ConformanceCases.AssertPasses(manifest, key);

    [Theory, MemberData(nameof(UpdateTests))]
    public void Update_syntax_test_passes(string manifest, string key) => ConformanceCases.AssertPasses(manifest, key);

    [Fact]
    public void Every_syntax_manifest_contributes_tests()
    {
        foreach (var manifest in QueryManifests.Concat(UpdateManifests))
        {
            Assert.True(SyntaxCases([manifest]).Count > 0, $"{manifest} has no runnable syntax tests");
        }
    }

    private static TheoryData<string, string> SyntaxCases(IEnumerable<string> manifests)
    {
        var runner = W3cTestRunner.CreateDefault();
        var data = new TheoryData<string, string>();
        foreach (var manifest in manifests)
        {
            foreach (var test in runner.Loader.Load(W3cSuites.PathOf(manifest)).AllTests())
            {
                if (test.Type.Value.EndsWith("SyntaxTest", StringComparison.Ordinal)
                    || test.Type.Value.EndsWith("SyntaxTest11", StringComparison.Ordinal))
                {
                    if (runner.Skips.ReasonFor(test.Key) is null)
                    {
                        data.Add(manifest, test.Key);
                    }
                }
            }
        }
        return data;
    }
}
