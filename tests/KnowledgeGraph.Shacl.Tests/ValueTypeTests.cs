using KnowledgeGraph.Rdf.Terms;
using static KnowledgeGraph.Shacl.Tests.Shacl;

namespace KnowledgeGraph.Shacl.Tests;

public sealed class ValueTypeTests
{
    [Fact]
    public void Class_accepts_instances_of_subclasses_and_reports_the_rest()
    {
        var report = Validate(
            "ex:S a sh:NodeShape ; sh:targetNode ex:a, ex:b, ex:c ; sh:class ex:Animal .",
            "ex:Dog rdfs:subClassOf ex:Animal . ex:a a ex:Dog . ex:b a ex:Rock .");
        Assert.Equal([Iri("b"), Iri("c")], report.Results.Select(static r => r.Value).OrderBy(static v => v!.ToString()));
        Assert.All(report.Results, static r => Assert.Equal(Component("Class"), r.SourceConstraintComponent));
    }

    [Fact]
    public void Datatype_rejects_an_ill_typed_literal_of_the_right_datatype()
    {
        var report = Validate(
            "ex:S a sh:NodeShape ; sh:targetSubjectsOf ex:age ; sh:property [ sh:path ex:age ; sh:datatype xsd:integer ] .",
            """ex:a ex:age 42 . ex:b ex:age "forty"^^xsd:integer . ex:c ex:age "42" .""");
        Assert.Equal(["\"42\"", "\"forty\"^^<http://www.w3.org/2001/XMLSchema#integer>"], report.Results.Select(static r => r.Value!.ToString()).Order());
    }

    [Fact]
    public void Node_kind_distinguishes_iris_blank_nodes_and_literals()
    {
        var report = Validate(
            "ex:S a sh:NodeShape ; sh:targetSubjectsOf ex:p ; sh:property [ sh:path ex:p ; sh:nodeKind sh:BlankNodeOrIRI ] .",
            """ex:a ex:p ex:x, [], "text" .""");
        var result = Assert.Single(report.Results);
        Assert.Equal(Literal.Simple("text"), result.Value);
    }
}
