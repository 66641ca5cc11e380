using static KnowledgeGraph.Shacl.Tests.Shacl;

namespace KnowledgeGraph.Shacl.Tests;

public sealed class StringTests
{
    [Fact]
    public void Lengths_count_code_points_and_a_blank_node_always_fails()
    {
        var report = Validate(
            "ex:S a sh:NodeShape ; sh:targetSubjectsOf ex:p ; sh:property [ sh:path ex:p ; sh:minLength 2 ; sh:maxLength 2 ] .",
            """ex:a ex:p "😀😀", "abc", [] .""");
        Assert.Equal(3, report.Results.Count);
        Assert.DoesNotContain(report.Results, static r => r.Value is Rdf.Terms.Literal { LexicalForm: "😀😀" });
        Assert.Equal(2, report.Results.Count(static r => r.Value is Rdf.Terms.BlankNode));
    }

    [Fact]
    public void Pattern_honours_flags()
    {
        var report = Validate(
            """ex:S a sh:NodeShape ; sh:targetSubjectsOf ex:code ; sh:property [ sh:path ex:code ; sh:pattern "^ab" ; sh:flags "i" ] .""",
            """ex:a ex:code "ABc", "xab" .""");
        Assert.Equal("xab", ((Rdf.Terms.Literal)Assert.Single(report.Results).Value!).LexicalForm);
    }

    [Fact]
    public void Language_in_matches_ranges_and_unique_lang_reports_each_shared_tag_once()
    {
        var report = Validate(
            """ex:S a sh:NodeShape ; sh:targetSubjectsOf ex:label ; sh:property [ sh:path ex:label ; sh:languageIn ( "en" ) ; sh:uniqueLang true ] .""",
            """ex:a ex:label "colour"@en-GB, "color"@en-US, "Farbe"@de, "Farbe2"@DE .""");
        Assert.Equal(2, report.Results.Count(static r => r.SourceConstraintComponent.Equals(Component("LanguageIn"))));
        var unique = Assert.Single(report.Results, static r => r.SourceConstraintComponent.Equals(Component("UniqueLang")));
        Assert.Null(unique.Value);
    }
}
