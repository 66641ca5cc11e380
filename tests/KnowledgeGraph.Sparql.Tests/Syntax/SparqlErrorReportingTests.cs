using KnowledgeGraph.Sparql.Syntax;
using static KnowledgeGraph.Sparql.Tests.Syntax.SyntaxAssertions;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

public sealed class SparqlErrorReportingTests
{
    [Fact]
    public void Misspelt_keyword_reports_line_column_token_and_expectation()
    {
        var error = QueryError("PREFIX : <http://example.org/>\nSELECT *\nWHERE { ?s ?p ?o . FILTR(?o) }");
        Assert.Equal(3, error.Line);
        Assert.Equal(20, error.Column);
        Assert.Equal("FILTR", error.Token);
        Assert.Equal("line 3, column 20: expected '}' or a triple pattern, found 'FILTR'", error.Message);
    }

    [Fact]
    public void Unterminated_string_reports_where_the_string_starts()
    {
        var error = QueryError("SELECT * {\n  ?s ?p \"abc\n}");
        Assert.Equal(2, error.Line);
        Assert.Equal(9, error.Column);
        Assert.Contains("end of line inside a string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unterminated_long_string_is_reported()
    {
        var error = QueryError("SELECT * { ?s ?p '''abc }");
        Assert.Contains("unterminated string", error.Message, StringComparison.Ordinal);
        Assert.Equal(18, error.Column);
    }

    [Fact]
    public void Missing_closing_brace_reports_end_of_input()
    {
        var error = QueryError("SELECT * { ?s ?p ?o ");
        Assert.Equal("end of input", error.Message[(error.Message.LastIndexOf("found ", StringComparison.Ordinal) + 6)..]);
        Assert.Equal(1, error.Line);
        Assert.Equal(21, error.Column);
    }

    [Fact]
    public void Undeclared_prefix_names_the_prefix()
    {
        var error = QueryError("SELECT * { ?s foaf:name ?o }");
        Assert.Equal("line 1, column 15: undeclared prefix 'foaf:'", error.Message);
        Assert.Equal("foaf:name", error.Token);
    }

    [Fact]
    public void Two_triples_without_a_dot_are_an_error_at_the_second_subject()
    {
        var error = QueryError("SELECT * { ?s ?p ?o ?a ?b ?c }");
        Assert.Equal(21, error.Column);
        Assert.Equal("?a", error.Token);
        Assert.Contains("expected '.' or '}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_argument_count_of_a_built_in_is_reported_at_its_name()
    {
        var error = QueryError("SELECT * { FILTER(STRLEN(?a, ?b)) }");
        Assert.Equal(19, error.Column);
        Assert.Contains("STRLEN takes 1 argument(s), found 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_iri_without_a_base_is_an_error()
    {
        var error = Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseQuery("SELECT * { <s> ?p ?o }"));
        Assert.Contains("relative IRI <s> with no base IRI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_character_is_reported_with_its_position()
    {
        var error = QueryError("SELECT * {\n ?s ?p ~ }");
        Assert.Equal((2, 8), (error.Line, error.Column));
        Assert.Equal("~", error.Token);
    }

    [Fact]
    public void Columns_count_after_a_comment_line()
    {
        var error = QueryError("# a comment with { braces }\nSELECT * { ?s ?p }");
        Assert.Equal((2, 18), (error.Line, error.Column));
    }

    [Fact]
    public void Bad_update_operation_keyword_is_reported()
    {
        var error = UpdateError("CLEAR DEAFULT");
        Assert.Equal("line 1, column 7: expected GRAPH, found 'DEAFULT'", error.Message);
    }

    [Fact]
    public void Invalid_string_escape_is_reported_at_the_backslash()
    {
        var error = QueryError("SELECT * { ?s ?p \"a\\qb\" }");
        Assert.Equal(20, error.Column);
        Assert.Contains("invalid escape '\\q'", error.Message, StringComparison.Ordinal);
    }
}
