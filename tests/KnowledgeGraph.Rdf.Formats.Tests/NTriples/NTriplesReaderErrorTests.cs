using KnowledgeGraph.Rdf.Terms;
using static KnowledgeGraph.Rdf.Formats.Tests.NTriples.NTriplesTestData;

namespace KnowledgeGraph.Rdf.Formats.Tests.NTriples;

public class NTriplesReaderErrorTests
{
    [Fact]
    public void NTriples_missing_dot_reports_line_column_expectation_and_token()
    {
        var error = ReadNTriplesError("# c\n<http://ex/s> <http://ex/p> <http://ex/o> <http://ex/g> .");
        Assert.Equal("N-Triples", error.Format);
        Assert.Equal(2, error.Line);
        Assert.Equal(43, error.Column);
        Assert.Contains("expected '.'", error.Message);
        Assert.Equal("<http://ex/g>", error.Token);
    }

    [Fact]
    public void NTriples_error_column_counts_characters_not_bytes()
    {
        // 'é' is two UTF-8 bytes and '😀' four; each is one character.
        var error = ReadNTriplesError("<http://ex/é😀> <http://ex/p> \"x\" , .");
        Assert.Equal(1, error.Line);
        Assert.Equal(34, error.Column);
        Assert.Equal(",", error.Token);
    }

    [Fact]
    public void NTriples_error_line_counts_crlf_as_one_line_break()
    {
        var error = ReadNTriplesError("<http://ex/s> <http://ex/p> \"1\" .\r\n\r\n<http://ex/s> <http://ex/p> 1 .");
        Assert.Equal(3, error.Line);
        Assert.Equal(29, error.Column);
        Assert.Equal("1", error.Token);
        Assert.Contains("expected an object", error.Message);
    }

    [Theory]
    [InlineData("<s> <http://ex/p> <http://ex/o> .", 1, "relative IRIs", "<s>")]
    [InlineData("<http://ex/s> <http://ex/p> \"x\"^^<dt> .", 34, "relative IRIs", "<dt>")]
    [InlineData("<http://ex/ s> <http://ex/p> <http://ex/o> .", 12, "may not contain spaces", " ")]
    [InlineData("<http://ex/s{> <http://ex/p> <http://ex/o> .", 13, "may not contain '{'", "{>")]
    [InlineData(@"<http://ex/\u0020> <http://ex/p> <http://ex/o> .", 12, "produces U+0020", @"\u0020>")]
    [InlineData(@"<http://ex/\n> <http://ex/p> <http://ex/o> .", 12, @"only \u and \U", @"\n>")]
    [InlineData("<http://ex/s <http://ex/p> <http://ex/o> .", 13, "may not contain spaces", " ")]
    [InlineData("<http://ex/s> <http://ex/p> <http://ex/o", 29, "unterminated IRI", "<http://ex/o")]
    [InlineData("<http://ex/s> <http://ex/p> \"abc .", 29, "unterminated string", "\"abc")]
    [InlineData(@"<http://ex/s> <http://ex/p> ""a\zb"" .", 31, "expected an escape", @"\zb""")]
    [InlineData(@"<http://ex/s> <http://ex/p> ""\u12G4"" .", 30, "4 hexadecimal digits", @"\u12G4""")]
    [InlineData(@"<http://ex/s> <http://ex/p> ""\uD800"" .", 30, "not a Unicode scalar value", @"\uD800""")]
    [InlineData("<http://ex/s> <http://ex/p> \"x\"@ .", 33, "language tag", " ")]
    [InlineData("<http://ex/s> <http://ex/p> \"x\"@en--up .", 37, "'ltr' or 'rtl'", "up")]
    [InlineData("<http://ex/s> <http://ex/p> \"x\"^<http://ex/d> .", 32, "'^^'", "^<http://ex/d>")]
    [InlineData("_:a <http://ex/p> 'x' .", 19, "expected an object", "'x'")]
    [InlineData("_: <http://ex/p> <http://ex/o> .", 3, "blank node label", " ")]
    [InlineData("_:a _:p <http://ex/o> .", 5, "expected a predicate", "_:p")]
    [InlineData("\"s\" <http://ex/p> <http://ex/o> .", 1, "expected a subject", "\"s\"")]
    [InlineData("@prefix ex: <http://ex/> .", 1, "expected a subject", "@prefix")]
    [InlineData("<http://ex/s> <http://ex/p> <http://ex/o> . <http://ex/s>", 45, "one statement per line", "<http://ex/s>")]
    [InlineData("<<( <http://ex/s> <http://ex/p> <http://ex/o> )>> <http://ex/p> <http://ex/o> .", 1, "only be an object", "<<(")]
    [InlineData("<http://ex/s> <http://ex/p> << <http://ex/s> <http://ex/p> <http://ex/o> >> .", 29, "'<<('", "<<")]
    [InlineData("<http://ex/s> <http://ex/p> <<( <http://ex/s> <http://ex/p> <http://ex/o> .", 75, "')>>'", ".")]
    [InlineData("<http://ex/s> <http://ex/p> \"x\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> .", 34, "language tag", "<http://www.w3.org/1999/02/22-rdf-syntax")]
    [InlineData("<http://ex/s> <http://ex/p>", 28, "expected an object", null)]
    public void NTriples_syntax_errors_name_position_expectation_and_token(string line, int column, string message, string? token)
    {
        var error = ReadNTriplesError(line);
        Assert.Equal(1, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(message, error.Message);
        Assert.Equal(token, error.Token);
    }

    [Fact]
    public void NTriples_malformed_utf8_is_a_syntax_error_at_its_position()
    {
        byte[] bytes = [.. "<http://ex/s> <http://ex/p> \"ab"u8, 0xFF, .. "\" ."u8];
        var exception = Assert.Throws<RdfSyntaxException>(() => new KnowledgeGraph.Rdf.Formats.NTriples.NTriplesReader().Read(new MemoryStream(bytes), RdfReaderOptions.Default).ToList());
        Assert.Equal(32, exception.Error.Column);
        Assert.Contains("UTF-8", exception.Error.Message);
    }

    [Fact]
    public void NTriples_strict_mode_stops_at_the_first_error_after_yielding_earlier_statements()
    {
        var seen = new List<Quad>();
        var reader = new KnowledgeGraph.Rdf.Formats.NTriples.NTriplesReader();
        var input = new StringReader("<http://ex/s> <http://ex/p> \"1\" .\n<http://ex/s> <http://ex/p> oops .\n<http://ex/s> <http://ex/p> \"3\" .");
        Assert.Throws<RdfSyntaxException>(() =>
        {
            foreach (Quad quad in reader.Read(input, RdfReaderOptions.Default))
            {
                seen.Add(quad);
            }
        });
        Assert.Single(seen);
    }

    [Fact]
    public void NTriples_lenient_mode_reports_each_bad_line_and_keeps_the_good_ones()
    {
        var errors = new List<RdfSyntaxError>();
        var options = new RdfReaderOptions { Lenient = true, OnError = errors.Add };
        var quads = ReadNTriples("""
            <http://ex/s> <http://ex/p> "1" .
            <http://ex/s> <http://ex/p> oops .
            <http://ex/s> <http://ex/p> "3" .
            <rel> <http://ex/p> "4" .
            <http://ex/s> <http://ex/p> "unterminated .
            <http://ex/s> <http://ex/p> "6" .
            """, options);
        Assert.Equal(["1", "3", "6"], quads.Select(q => ((Literal)q.Object).LexicalForm));
        Assert.Equal([2, 4, 5], errors.Select(e => e.Line));
        Assert.Equal([29, 1, 29], errors.Select(e => e.Column));
    }

    [Fact]
    public void NTriples_lenient_mode_without_handler_skips_silently()
    {
        var quads = ReadNTriples("bad\n<http://ex/s> <http://ex/p> \"ok\" .", new RdfReaderOptions { Lenient = true });
        Assert.Single(quads);
    }

    [Fact]
    public void NTriples_exception_message_is_one_readable_line()
    {
        var exception = Assert.Throws<RdfSyntaxException>(() => ReadNTriples("<http://ex/s> <http://ex/p> <http://ex/o> ;"));
        Assert.Equal("N-Triples error at line 1, column 43: expected '.' to end the statement (found ';')", exception.Message);
    }
}
