using KnowledgeGraph.Conformance;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// The SPARQL 1.0 and 1.1 query evaluation tests (<c>mf:QueryEvaluationTest</c>, <c>mf:CSVResultFormatTest</c>)
/// reachable from the top evaluation manifests: each is one theory case, run through the same runner as `kg w3c`.
/// Tests on the skip list are left out; every other test that does not pass fails.
/// </summary>
public sealed class SparqlQueryTests
{
    private const string Sparql10 = "sparql10/manifest-evaluation.ttl";
    private const string Sparql11 = "sparql11/manifest-sparql11-query.ttl";

    public static TheoryData<string, string> Sparql10Tests => EvaluationCases(Sparql10);

    public static TheoryData<string, string> Sparql11Tests => EvaluationCases(Sparql11);

    [Theory, MemberData(nameof(Sparql10Tests))]
    public void Sparql10_query_evaluation_test_passes(string manifest, string key) => ConformanceCases.AssertPasses(manifest, key);

    [Theory, MemberData(nameof(Sparql11Tests))]
    public void Sparql11_query_evaluation_test_passes(string manifest, string key) => ConformanceCases.AssertPasses(manifest, key);

    [Fact]
    public void Both_suites_contribute_their_evaluation_tests()
    {
        // Guards against a manifest path or type filter silently selecting nothing (the suites hold hundreds).
        Assert.True(EvaluationCases(Sparql10).Count > 150, "SPARQL 1.0 evaluation tests are missing");
        Assert.True(EvaluationCases(Sparql11).Count > 150, "SPARQL 1.1 evaluation tests are missing");
    }

    private static TheoryData<string, string> EvaluationCases(string manifest)
    {
        var runner = W3cTestRunner.CreateDefault();
        var data = new TheoryData<string, string>();
        foreach (var test in runner.Loader.Load(W3cSuites.PathOf(manifest)).AllTests())
        {
            bool evaluation = test.Type.Value.EndsWith("#QueryEvaluationTest", StringComparison.Ordinal)
                || test.Type.Value.EndsWith("#CSVResultFormatTest", StringComparison.Ordinal);
            if (evaluation && runner.Skips.ReasonFor(test.Key) is null)
            {
                data.Add(manifest, test.Key);
            }
        }
        return data;
    }
}
