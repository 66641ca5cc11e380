using static KnowledgeGraph.Shacl.Tests.Shacl;

namespace KnowledgeGraph.Shacl.Tests;

public sealed class CardinalityAndRangeTests
{
    private const string Shapes = """
        ex:S a sh:NodeShape ; sh:targetClass ex:Person ;
            sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:maxCount 2 ] ;
            sh:property [ sh:path ex:age ; sh:minInclusive 0 ; sh:maxExclusive 150 ] .
        """;

    [Fact]
    public void Min_and_max_count_give_one_result_without_a_value()
    {
        var report = Validate(Shapes, """ex:a a ex:Person . ex:b a ex:Person ; ex:name "x", "y", "z" . ex:c a ex:Person ; ex:name "c" .""");
        Assert.Equal(2, report.Results.Count);
        Assert.Contains(report.Results, static r => r.FocusNode.Equals(Iri("a")) && r.SourceConstraintComponent.Equals(Component("MinCount")) && r.Value is null);
        Assert.Contains(report.Results, static r => r.FocusNode.Equals(Iri("b")) && r.SourceConstraintComponent.Equals(Component("MaxCount")) && r.Value is null);
    }

    [Fact]
    public void Value_ranges_compare_as_sparql_does_and_an_incomparable_value_fails()
    {
        var report = Validate(Shapes, """
            ex:a a ex:Person ; ex:name "a" ; ex:age 30 .
            ex:b a ex:Person ; ex:name "b" ; ex:age -1 .
            ex:c a ex:Person ; ex:name "c" ; ex:age 150.0 .
            ex:d a ex:Person ; ex:name "d" ; ex:age "old" .
            """);
        Assert.Equal(["b:MinInclusive", "c:MaxExclusive", "d:MaxExclusive", "d:MinInclusive"],
            report.Results.Select(static r => ((Rdf.Terms.Iri)r.FocusNode).Value[Ex.Length..] + ":" + r.SourceConstraintComponent.Value[Sh.Namespace.Length..].Replace("ConstraintComponent", "")).Order());
    }
}
