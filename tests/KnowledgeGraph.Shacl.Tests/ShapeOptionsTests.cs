using KnowledgeGraph.Rdf.Terms;
using static KnowledgeGraph.Shacl.Tests.Shacl;

namespace KnowledgeGraph.Shacl.Tests;

public sealed class ShapeOptionsTests
{
    [Fact]
    public void A_deactivated_shape_is_not_validated_and_conforms_when_referenced()
    {
        var report = Validate(
            """
            ex:Off a sh:NodeShape ; sh:deactivated true ; sh:targetNode ex:a ; sh:minCount 5 ; sh:class ex:Nothing .
            ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:node ex:Off .
            """,
            "ex:a ex:p 1 .");
        Assert.True(report.Conforms);
    }

    [Fact]
    public void Severity_and_language_tagged_messages_are_carried_into_results()
    {
        var report = Validate(
            """ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:class ex:C ; sh:severity sh:Warning ; sh:message "falsch"@de, "wrong"@en .""",
            "ex:a ex:p 1 .");
        var result = Assert.Single(report.Results);
        Assert.Equal(Sh.Warning, result.Severity);
        Assert.Contains(Literal.LanguageTagged("falsch", "de"), result.Messages);
        Assert.Contains(Literal.LanguageTagged("wrong", "en"), result.Messages);
        Assert.False(report.Conforms);
    }

    [Fact]
    public void Shapes_graph_and_data_graph_are_kept_apart()
    {
        // The shapes graph says ex:x is an ex:C; the data graph does not, so the class target selects nothing there
        // and sh:class fails for ex:y, which is typed only in the shapes graph.
        var report = Validate(
            "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:minCount 1 . ex:x a ex:C . ex:T a sh:NodeShape ; sh:targetNode ex:y ; sh:class ex:C . ex:y a ex:C .",
            "ex:y ex:p 1 .");
        var result = Assert.Single(report.Results);
        Assert.Equal(Iri("y"), result.FocusNode);
    }

    [Fact]
    public void Implicit_class_targets_apply_to_shapes_that_are_classes()
    {
        var report = Validate("ex:Person a rdfs:Class, sh:NodeShape ; sh:property [ sh:path ex:name ; sh:minCount 1 ] .", "ex:a a ex:Person .");
        Assert.Equal(Iri("a"), Assert.Single(report.Results).FocusNode);
    }

    [Fact]
    public void A_malformed_parameter_names_the_shape()
    {
        var error = Assert.Throws<ShapesGraphException>(() => ParseShapes("ex:Broken a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount \"x\" ] ."));
        Assert.Contains("sh:minCount", error.Message);
        Assert.Contains("\"x\"", error.Message);
    }

    [Fact]
    public void A_property_shape_with_two_paths_is_a_shapes_graph_error()
    {
        var error = Assert.Throws<ShapesGraphException>(() => ParseShapes("ex:Two a sh:PropertyShape ; sh:targetNode ex:a ; sh:path ex:p, ex:q ."));
        Assert.Contains("<http://example.org/Two>", error.Message);
    }

    [Fact]
    public void A_path_that_is_not_a_shacl_path_is_a_shapes_graph_error()
    {
        var error = Assert.Throws<ShapesGraphException>(() => ParseShapes("ex:S a sh:PropertyShape ; sh:targetNode ex:a ; sh:path [ ex:foo ex:bar ] ."));
        Assert.Contains("<http://example.org/S>", error.Message);
    }
}
