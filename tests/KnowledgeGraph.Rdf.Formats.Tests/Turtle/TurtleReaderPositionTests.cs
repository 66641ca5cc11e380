using static KnowledgeGraph.Rdf.Formats.Tests.Turtle.TurtleTestData;

namespace KnowledgeGraph.Rdf.Formats.Tests.Turtle;

/// <summary>
/// Error positions after text the lexer consumes in bulk runs: columns count code points (a surrogate pair is one
/// column), and runs may straddle the reader's buffer, so some inputs here are longer than any buffer.
/// </summary>
public class TurtleReaderPositionTests
{
    private const string Emoji = "\U0001F600";

    [Fact]
    public void Columns_after_non_BMP_IRIs_and_strings_count_code_points()
    {
        var error = ReadTurtleExpectingError($"# {Emoji}\n<http://ex/{Emoji}> <http://ex/p> \"a{Emoji}b\" , nope:x .");

        Assert.Equal((2, 37, "nope:x"), (error.Line, error.Column, error.Token));
    }

    [Fact]
    public void Position_after_a_comment_longer_than_the_buffer()
    {
        string comment = "# " + string.Concat(Enumerable.Repeat(Emoji + "x", 40000)) + "\n";

        var error = ReadTurtleExpectingError(comment + "  <http://ex/s> <http://ex/p> nope:y .");

        Assert.Equal((2, 31, "nope:y"), (error.Line, error.Column, error.Token));
    }

    [Fact]
    public void Position_after_an_IRI_and_a_string_longer_than_the_buffer()
    {
        string iri = "<http://ex/" + string.Concat(Enumerable.Repeat(Emoji, 35000)) + "z>";
        string literal = "\"" + string.Concat(Enumerable.Repeat(Emoji + "y", 20000)) + "\"";

        var error = ReadTurtleExpectingError(iri + " <http://ex/p> " + literal + " ; bad:q .");

        Assert.Equal((1, 75034, "bad:q"), (error.Line, error.Column, error.Token));
    }

    [Fact]
    public void Position_after_many_blank_lines_and_long_names()
    {
        string blanks = string.Concat(Enumerable.Repeat(" \t\r\n", 30000));
        string local = string.Concat(Enumerable.Repeat("ab-_9", 20000));

        var error = ReadTurtleExpectingError("@prefix ex: <http://ex/> .\n" + blanks + "ex:" + local + " ex:p \"\\q\" .");

        Assert.Equal((30002, 100011, "\\q"), (error.Line, error.Column, error.Token));
    }
}
