using static KnowledgeGraph.Shacl.Tests.Shacl;

namespace KnowledgeGraph.Shacl.Tests;

public sealed class OtherConstraintTests
{
    [Fact]
    public void Closed_shape_reports_each_unexpected_property()
    {
        var report = Validate(
            "ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:closed true ; sh:ignoredProperties ( rdf:type ) ; sh:property [ sh:path ex:name ] .",
            "ex:a a ex:T ; ex:name \"a\" ; ex:age 3 ; ex:shoe 42 .");
        Assert.Equal([Iri("age"), Iri("shoe")], report.Results.Select(static r => r.Path).OrderBy(static p => p!.ToString()));
        Assert.All(report.Results, static r => Assert.NotNull(r.Value));
    }

    [Fact]
    public void Has_value_and_in()
    {
        var report = Validate(
            "ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:colour ; sh:hasValue ex:red ; sh:in ( ex:green ex:blue ) ] .",
            "ex:a ex:colour ex:green, ex:pink .");
        Assert.Contains(report.Results, static r => r.SourceConstraintComponent.Equals(Component("HasValue")) && r.Value is null);
        Assert.Equal(Iri("pink"), Assert.Single(report.Results, static r => r.SourceConstraintComponent.Equals(Component("In"))).Value);
    }
}
