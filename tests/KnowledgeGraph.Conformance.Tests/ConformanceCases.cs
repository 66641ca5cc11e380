using System.Collections.Concurrent;
using KnowledgeGraph.Conformance;
using KnowledgeGraph.Conformance.Handlers;
using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// Feeds manifest entries to xunit theories and runs them through <see cref="W3cTestRunner"/>, the runner `kg w3c`
/// uses. Entries on the skip list are left out of the theory data (they are listed, with reasons, in
/// conformance-skips.tsv); any other test that does not pass — including one whose type has no handler — fails.
/// </summary>
internal static class ConformanceCases
{
    private static readonly W3cTestRunner Runner = W3cTestRunner.CreateDefault();
    private static readonly ConcurrentDictionary<string, Dictionary<string, W3cTestCase>> Manifests = new();

    public static TheoryData<string> For(string manifest) => For(manifest, _ => true);

    /// <summary>The manifest's tests that are not on the skip list and that <paramref name="runs"/> accepts.</summary>
    public static TheoryData<string> For(string manifest, Func<W3cTestCase, bool> runs)
    {
        var data = new TheoryData<string>();
        foreach (var (key, test) in TestsOf(manifest))
        {
            if (Runner.Skips.ReasonFor(key) is null && runs(test))
            {
                data.Add(key);
            }
        }
        return data;
    }

    public static void AssertPasses(string manifest, string key)
    {
        var test = TestsOf(manifest)[key];
        var outcome = Runner.Run(test);
        Assert.True(outcome.Status == TestStatus.Passed, $"{test.Key} ({test.Name}) {outcome.Status}: {outcome.Message}");
    }

    private static Dictionary<string, W3cTestCase> TestsOf(string manifest) =>
        Manifests.GetOrAdd(manifest, m => Runner.Loader.Load(W3cSuites.PathOf(m)).AllTests().ToDictionary(t => t.Key));
}
