using static KnowledgeGraph.Shacl.Tests.Shacl;

namespace KnowledgeGraph.Shacl.Tests;

public sealed class ShapeBasedTests
{
    [Fact]
    public void Node_reports_the_value_that_does_not_conform()
    {
        var report = Validate(
            """
            ex:Address sh:property [ sh:path ex:city ; sh:minCount 1 ] .
            ex:S a sh:NodeShape ; sh:targetNode ex:p ; sh:property [ sh:path ex:address ; sh:node ex:Address ] .
            """,
            "ex:p ex:address ex:good, ex:bad . ex:good ex:city \"Oslo\" .");
        var result = Assert.Single(report.Results);
        Assert.Equal(Component("Node"), result.SourceConstraintComponent);
        Assert.Equal(Iri("bad"), result.Value);
    }

    [Fact]
    public void Property_shape_results_name_the_property_shape_as_source()
    {
        var report = Validate(
            "ex:S a sh:NodeShape ; sh:targetNode ex:p ; sh:property ex:NameShape . ex:NameShape sh:path ex:name ; sh:minCount 1 .",
            "ex:p ex:other 1 .");
        var result = Assert.Single(report.Results);
        Assert.Equal(Iri("NameShape"), result.SourceShape);
        Assert.Equal(Iri("name"), result.Path);
    }

    [Fact]
    public void Qualified_counts_leave_out_values_that_conform_to_disjoint_siblings()
    {
        var shapes = """
            ex:Hand a sh:NodeShape ; sh:targetNode ex:hand ;
                sh:property ex:ThumbSlot, ex:FingerSlot .
            ex:ThumbSlot sh:path ex:digit ; sh:qualifiedValueShape [ sh:class ex:Thumb ] ; sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 1 ; sh:qualifiedValueShapesDisjoint true .
            ex:FingerSlot sh:path ex:digit ; sh:qualifiedValueShape [ sh:class ex:Finger ] ; sh:qualifiedMinCount 4 ; sh:qualifiedMaxCount 4 ; sh:qualifiedValueShapesDisjoint true .
            """;
        var data = """
            ex:hand ex:digit ex:t, ex:f1, ex:f2, ex:f3, ex:both .
            ex:t a ex:Thumb . ex:f1 a ex:Finger . ex:f2 a ex:Finger . ex:f3 a ex:Finger . ex:both a ex:Thumb, ex:Finger .
            """;
        var report = Validate(shapes, data);
        // ex:both is a thumb and a finger, so it counts for neither slot: three fingers are too few.
        var result = Assert.Single(report.Results);
        Assert.Equal(Component("QualifiedMinCount"), result.SourceConstraintComponent);
        Assert.Equal(Iri("FingerSlot"), result.SourceShape);
    }

    [Fact]
    public void Recursive_shapes_end_instead_of_looping()
    {
        var report = Validate(
            "ex:PersonShape a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:knows ; sh:node ex:PersonShape ] .",
            "ex:a ex:knows ex:b . ex:b ex:knows ex:a .");
        Assert.True(report.Conforms);
    }
}
