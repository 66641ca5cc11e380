using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Shacl.Report;
using static KnowledgeGraph.Shacl.Tests.Shacl;

namespace KnowledgeGraph.Shacl.Tests;

public sealed class ReportTests
{
    private static ValidationReport Mixed() => Validate(
        """
        ex:V a sh:NodeShape ; sh:targetNode ex:a, ex:b ; sh:class ex:C ; sh:message "not a C"@en .
        ex:W a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:severity sh:Warning ] .
        """,
        "ex:a ex:q 1 .");

    [Fact]
    public void The_report_graph_uses_the_shacl_vocabulary()
    {
        var triples = Mixed().ToTriples();
        Term report = Assert.Single(triples, static t => t.Object.Equals(Sh.ValidationReport)).Subject;
        Assert.Contains(new Triple(report, Sh.Conforms, Literal.Typed("false", Xsd.Boolean)), triples);
        Assert.Equal(3, triples.Count(t => t.Subject.Equals(report) && t.Predicate.Equals(Sh.Result)));
        Assert.Equal(3, triples.Count(static t => t.Predicate.Equals(Sh.SourceConstraintComponent)));
        Assert.Single(triples, static t => t.Predicate.Equals(Sh.ResultPath));
        Assert.Equal(2, triples.Count(static t => t.Predicate.Equals(Sh.ResultMessage)));
    }

    [Fact]
    public void A_conforming_report_has_conforms_true_and_no_results()
    {
        var report = Validate("ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:nodeKind sh:IRI .", "ex:a ex:p 1 .");
        Assert.True(report.Conforms);
        Assert.Contains(report.ToTriples(), static t => t.Predicate.Equals(Sh.Conforms) && t.Object.Equals(Literal.Typed("true", Xsd.Boolean)));
        Assert.Equal("Conforms: no validation results.", ReportTextWriter.ToText(report).Trim());
    }

    [Fact]
    public void Text_rendering_groups_and_counts_results_by_severity_violations_first()
    {
        string text = ReportTextWriter.ToText(Mixed());
        Assert.StartsWith("Does not conform: 3 results (2 violations, 1 warning).", text);
        int violations = text.IndexOf("Violation (2)", StringComparison.Ordinal);
        int warnings = text.IndexOf("Warning (1)", StringComparison.Ordinal);
        Assert.True(violations > 0 && warnings > violations);
        Assert.Contains("focus <http://example.org/b>", text);
        Assert.Contains("path <http://example.org/p>", text);
        Assert.Contains("value <http://example.org/a>", text);
        Assert.Contains("message not a C @en", text);
        Assert.Contains("shape <http://example.org/V> (sh:ClassConstraintComponent)", text);
    }
}
