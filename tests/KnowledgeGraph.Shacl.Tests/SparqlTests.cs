using KnowledgeGraph.Rdf.Terms;
using static KnowledgeGraph.Shacl.Tests.Shacl;

namespace KnowledgeGraph.Shacl.Tests;

public sealed class SparqlTests
{
    [Fact]
    public void Sparql_constraint_reports_each_solution_with_its_value_and_a_filled_message()
    {
        var report = Validate(
            """
            ex:S a sh:NodeShape ; sh:targetClass ex:Person ;
                sh:sparql ex:Adult .
            ex:Adult sh:message "{$this} is only {?value}" ;
                sh:select "SELECT $this ?value WHERE { $this <http://example.org/age> ?value . FILTER (?value < 18) }" .
            """,
            "ex:a a ex:Person ; ex:age 12 . ex:b a ex:Person ; ex:age 40 .");
        var result = Assert.Single(report.Results);
        Assert.Equal(Iri("a"), result.FocusNode);
        Assert.Equal(Sh.Term("SPARQLConstraintComponent"), result.SourceConstraintComponent);
        Assert.Equal(Iri("Adult"), result.SourceConstraint);
        Assert.Equal("http://example.org/a is only 12", Assert.Single(result.Messages).LexicalForm);
    }

    [Fact]
    public void Prefixes_come_from_sh_declare()
    {
        var report = Validate(
            """
            ex: sh:declare [ sh:prefix "ex" ; sh:namespace "http://example.org/"^^xsd:anyURI ] .
            ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:sparql [ sh:prefixes ex: ; sh:select "SELECT $this WHERE { $this ex:p ex:bad }" ] .
            """,
            "ex:a ex:p ex:bad .");
        Assert.Equal(Iri("a"), Assert.Single(report.Results).Value);
    }

    [Theory]
    [InlineData("SELECT $this WHERE { $this ?p ?o MINUS { $this ?p 1 } }", "MINUS")]
    [InlineData("SELECT $this WHERE { VALUES ?o { 1 } }", "VALUES")]
    [InlineData("SELECT $this WHERE { BIND (1 AS $this) }", "BIND")]
    [InlineData("SELECT $this WHERE { { SELECT ?o WHERE { ?s ?p ?o } } }", "sub-query")]
    public void Queries_that_cannot_be_pre_bound_make_the_shapes_graph_ill_formed(string query, string named)
    {
        var error = Assert.Throws<ShapesGraphException>(() => ParseShapes($"ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:sparql [ sh:select \"{query}\" ] ."));
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Sparql_component_with_an_ask_validator_runs_per_value_with_its_parameter_pre_bound()
    {
        var report = Validate(
            """
            ex:MaxWordsComponent a sh:ConstraintComponent ;
                sh:parameter [ sh:path ex:maxWords ] ;
                sh:validator [ a sh:SPARQLAskValidator ;
                    sh:ask "ASK { FILTER (STRLEN(REPLACE(STR($value), '[^ ]', '')) < $maxWords) }" ] .
            ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:title ; ex:maxWords 2 ] .
            """,
            """ex:a ex:title "short one", "far too many words" .""");
        var result = Assert.Single(report.Results);
        Assert.Equal(Iri("MaxWordsComponent"), result.SourceConstraintComponent);
        Assert.Equal(Literal.Simple("far too many words"), result.Value);
    }

    [Fact]
    public void Sparql_component_select_validator_gets_the_path_substituted()
    {
        var report = Validate(
            """
            ex:NoSelfComponent a sh:ConstraintComponent ;
                sh:parameter [ sh:path ex:noSelf ] ;
                sh:propertyValidator [ a sh:SPARQLSelectValidator ;
                    sh:select "SELECT $this ?value WHERE { $this $PATH ?value . FILTER (?value = $this && $noSelf) }" ] .
            ex:S a sh:NodeShape ; sh:targetSubjectsOf ex:knows ; sh:property [ sh:path ex:knows ; ex:noSelf true ] .
            """,
            "ex:a ex:knows ex:a, ex:b . ex:b ex:knows ex:a .");
        var result = Assert.Single(report.Results);
        Assert.Equal(Iri("a"), result.FocusNode);
        Assert.Equal(Iri("knows"), result.Path);
    }
}
