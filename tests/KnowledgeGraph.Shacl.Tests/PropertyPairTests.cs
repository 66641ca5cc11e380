using static KnowledgeGraph.Shacl.Tests.Shacl;

namespace KnowledgeGraph.Shacl.Tests;

public sealed class PropertyPairTests
{
    [Fact]
    public void Equals_reports_values_missing_on_either_side()
    {
        var report = Validate(
            "ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:equals ex:q ] .",
            "ex:a ex:p ex:x, ex:y ; ex:q ex:y, ex:z .");
        Assert.Equal([Iri("x"), Iri("z")], report.Results.Select(static r => r.Value).OrderBy(static v => v!.ToString()));
    }

    [Fact]
    public void Disjoint_reports_shared_values()
    {
        var report = Validate(
            "ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:disjoint ex:q ] .",
            "ex:a ex:p ex:x, ex:y ; ex:q ex:y .");
        Assert.Equal(Iri("y"), Assert.Single(report.Results).Value);
    }

    [Fact]
    public void Less_than_reports_each_failing_pair_and_incomparable_values()
    {
        var report = Validate(
            "ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:start ; sh:lessThan ex:end ] .",
            """ex:a ex:start 1, 5 ; ex:end 3, "x" .""");
        // 1 < 3 holds; 1 vs "x", 5 vs 3 and 5 vs "x" fail.
        Assert.Equal(3, report.Results.Count);
    }
}
