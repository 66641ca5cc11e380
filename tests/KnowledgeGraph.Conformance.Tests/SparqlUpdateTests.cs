using KnowledgeGraph.Conformance;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// The SPARQL 1.1 Update evaluation tests: every mf:UpdateEvaluationTest reachable from the update manifest (which
/// includes the per-feature manifests) is one theory case. The syntax tests of those manifests run in
/// <see cref="SparqlSyntaxTests"/>.
/// </summary>
public sealed class SparqlUpdateTests
{
    private const string Manifest = "sparql11/manifest-sparql11-update.ttl";

    public static TheoryData<string> EvaluationTests
    {
        get
        {
            var runner = W3cTestRunner.CreateDefault();
            var data = new TheoryData<string>();
            foreach (var test in runner.Loader.Load(W3cSuites.PathOf(Manifest)).AllTests())
            {
                if (test.Type.Value.EndsWith("#UpdateEvaluationTest", StringComparison.Ordinal)
                    && runner.Skips.ReasonFor(test.Key) is null)
                {
                    data.Add(test.Key);
                }
            }
            return data;
        }
    }

    [Theory, MemberData(nameof(EvaluationTests))]
    public void Update_evaluation_test_passes(string key) => ConformanceCases.AssertPasses(Manifest, key);

    [Fact]
    public void The_update_manifest_yields_the_evaluation_tests_of_every_update_folder()
    {
        Assert.True(EvaluationTests.Count >= 90, $"only {EvaluationTests.Count} update evaluation tests found");
    }
}
