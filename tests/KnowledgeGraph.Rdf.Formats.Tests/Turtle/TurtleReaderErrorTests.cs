using KnowledgeGraph.Rdf.Terms;
using static KnowledgeGraph.Rdf.Formats.Tests.Turtle.TurtleTestData;

namespace KnowledgeGraph.Rdf.Formats.Tests.Turtle;

public class TurtleReaderErrorTests
{
    [Fact]
    public void Turtle_unterminated_literal_reports_line_and_column()
    {
        var error = ReadTurtleExpectingError("<http://example/s> <http://example/p> <http://example/o> .\n<http://example/s> <http://example/p>  \"abc\n");

        Assert.Equal(("Turtle", 2, 40), (error.Format, error.Line, error.Column));
        Assert.Equal("\"abc", error.Token);
    }

    [Fact]
    public void Turtle_undefined_prefix_reports_the_prefixed_name()
    {
        var error = ReadTurtleExpectingError("@prefix ex: <http://example/> .\nex:s  nope:p ex:o .");

        Assert.Equal((2, 7, "nope:p"), (error.Line, error.Column, error.Token));
        Assert.Contains("undefined prefix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Turtle_bad_string_escape_reports_the_escape_position()
    {
        var error = ReadTurtleExpectingError("<http://example/s> <http://example/p> \"ab\\zc\" .");

        Assert.Equal((1, 42, "\\z"), (error.Line, error.Column, error.Token));
    }

    [Fact]
    public void Turtle_missing_final_dot_reports_the_token_found_instead()
    {
        var error = ReadTurtleExpectingError("<http://example/s> <http://example/p> <http://example/o>\n<http://example/t> <http://example/p> 1 .");

        Assert.Equal((2, 1, "<http://example/t>"), (error.Line, error.Column, error.Token));
        Assert.Contains("'.'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Turtle_literal_subject_is_an_error()
    {
        var error = ReadTurtleExpectingError("\"s\" <http://example/p> <http://example/o> .");

        Assert.Equal((1, 1, "\"s\""), (error.Line, error.Column, error.Token));
    }

    [Fact]
    public void Turtle_relative_iri_without_any_base_is_an_error()
    {
        var error = ReadTurtleExpectingError("<s> <http://example/p> <http://example/o> .");

        Assert.Equal((1, 1, "<s>"), (error.Line, error.Column, error.Token));
    }

    [Fact]
    public void Turtle_space_inside_an_iri_is_an_error_at_the_space()
    {
        var error = ReadTurtleExpectingError("<http://example/a b> <http://example/p> <http://example/o> .");

        Assert.Equal((1, 18, "U+0020"), (error.Line, error.Column, error.Token));
    }

    [Fact]
    public void Turtle_at_prefix_is_case_sensitive_unlike_sparql_prefix()
    {
        var error = ReadTurtleExpectingError("@PREFIX ex: <http://example/> .");

        Assert.Equal((1, 1, "@PREFIX"), (error.Line, error.Column, error.Token));
    }

    [Fact]
    public void Turtle_columns_count_code_points_not_utf16_units()
    {
        var error = ReadTurtleExpectingError("<http://example/s> <http://example/p> \"\U0001F600\" ] .");

        Assert.Equal((1, 43, "]"), (error.Line, error.Column, error.Token));
    }

    [Fact]
    public void Turtle_strict_mode_stops_at_the_first_error_after_yielding_earlier_statements()
    {
        var yielded = new List<Quad>();
        var reader = new KnowledgeGraph.Rdf.Formats.Turtle.TurtleReader();

        var exception = Assert.Throws<RdfSyntaxException>(() =>
        {
            foreach (Quad quad in reader.Read(new StringReader("<http://example/a> <http://example/p> 1 .\n<http://example/b> <http://example/p> .\n<http://example/c> <http://example/p> 3 ."), RdfReaderOptions.Default))
            {
                yielded.Add(quad);
            }
        });

        Assert.Equal([Q(I("a"), I("p"), Literal.Typed("1", Rdf.Vocabularies.Xsd.Integer))], yielded);
        Assert.Equal(2, exception.Error.Line);
    }

    [Fact]
    public void Turtle_lenient_mode_skips_the_bad_statement_and_reads_on()
    {
        var errors = new List<RdfSyntaxError>();
        var options = new RdfReaderOptions { Lenient = true, OnError = errors.Add };

        var quads = ReadTurtle(
            "@prefix ex: <http://example/> .\nex:a ex:p 1 .\nex:b ex:p ex:o ex:extra ; ex:q 2 .\nex:c ex:p 3 .",
            options);

        Assert.Equal([I("a"), I("c")], quads.Select(q => q.Subject));
        Assert.Equal((3, 16, "ex:extra"), (errors.Single().Line, errors.Single().Column, errors.Single().Token));
    }

    [Fact]
    public void Turtle_lenient_mode_recovers_after_a_lexical_error_and_drops_the_whole_statement()
    {
        var errors = new List<RdfSyntaxError>();
        var options = new RdfReaderOptions { Lenient = true, OnError = errors.Add };

        var quads = ReadTurtle(
            "<http://example/a> <http://example/p> 1 .\n<http://example/b> <http://example/p> 2, \"bad\\q\", 3 .\n<http://example/c> <http://example/p> 4 .",
            options);

        Assert.Equal([I("a"), I("c")], quads.Select(q => q.Subject));
        Assert.Equal((2, 46, "\\q"), (errors.Single().Line, errors.Single().Column, errors.Single().Token));
    }

    [Fact]
    public void Turtle_lenient_mode_keeps_a_statement_followed_by_an_unreadable_token()
    {
        var errors = new List<RdfSyntaxError>();
        var options = new RdfReaderOptions { Lenient = true, OnError = errors.Add };

        var quads = ReadTurtle("<http://example/a> <http://example/p> 1 .\n§ <http://example/p> 2 .\n<http://example/c> <http://example/p> 3 .", options);

        Assert.Equal([I("a"), I("c")], quads.Select(q => q.Subject));
        Assert.Equal((2, 1, "§"), (errors.Single().Line, errors.Single().Column, errors.Single().Token));
    }

    [Fact]
    public void Turtle_lenient_mode_reports_an_unfinished_last_statement_once()
    {
        var errors = new List<RdfSyntaxError>();

        var quads = ReadTurtle("<http://example/a> <http://example/p> 1 .\n<http://example/b> <http://example/p> (", new RdfReaderOptions { Lenient = true, OnError = errors.Add });

        Assert.Single(quads);
        Assert.Single(errors);
    }
}
