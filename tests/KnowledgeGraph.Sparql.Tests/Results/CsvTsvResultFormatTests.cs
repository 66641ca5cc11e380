using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Results;
using static KnowledgeGraph.Sparql.Tests.Results.ResultBuilders;

namespace KnowledgeGraph.Sparql.Tests.Results;

public class CsvTsvResultFormatTests
{
    private static readonly string[] XY = ["x", "y"];

    private static string Write(ISparqlResultWriter writer, SparqlResultSet results)
    {
        var text = new StringWriter();
        writer.Write(results, text);
        return text.ToString();
    }

    [Fact]
    public void Csv_writer_quotes_only_fields_that_need_it_and_ends_lines_with_crlf()
    {
        string csv = Write(new SparqlCsvResultWriter(), Select(XY,
            Row(("x", Iri("a")), ("y", Literal.Typed("4", Xsd.Integer))),
            Row(("x", Text("say \"hi\", then\nleave")), ("y", Blank("b0"))),
            Row(("y", Text("")))));

        Assert.Equal("x,y\r\nhttp://example.org/a,4\r\n\"say \"\"hi\"\", then\nleave\",_:b0\r\n,\"\"\r\n", csv);
    }

    [Fact]
    public void Csv_reader_guesses_iris_blank_nodes_and_literals_and_keeps_unbound_apart_from_empty()
    {
        SparqlResultSet results = new SparqlCsvResultReader().Read(new StringReader(
            "x,y\r\nhttp://example.org/a,4\r\n\"two\r\nlines, \"\"quoted\"\"\",_:b0\r\n,\"\"\r\n"));

        Assert.Equal(Iri("a"), results.Solutions[0]["x"]);
        Assert.Equal(Text("4"), results.Solutions[0]["y"]);
        Assert.Equal(Text("two\r\nlines, \"quoted\""), results.Solutions[1]["x"]);
        Assert.Equal(Blank("b0"), results.Solutions[1]["y"]);
        Assert.Null(results.Solutions[2]["x"]);
        Assert.Equal(Text(""), results.Solutions[2]["y"]);
    }

    [Fact]
    public void Csv_reader_reports_the_line_and_column_of_a_stray_quote()
    {
        var error = Assert.Throws<SparqlResultsFormatException>(() =>
            new SparqlCsvResultReader().Read(new StringReader("x,y\na,b\nc,d\"e\n")));

        Assert.Equal(3, error.Line);
        Assert.Equal(4, error.Column);
    }

    [Fact]
    public void Csv_reader_reports_a_row_with_the_wrong_number_of_fields()
    {
        var error = Assert.Throws<SparqlResultsFormatException>(() =>
            new SparqlCsvResultReader().Read(new StringReader("x,y\na,b\nc\n")));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Tsv_writer_uses_ntriples_terms_and_turtle_numbers()
    {
        string tsv = Write(new SparqlTsvResultWriter(), Select(XY,
            Row(("x", Iri("a")), ("y", Literal.Typed("4", Xsd.Integer))),
            Row(("x", Literal.Typed("04.0", Xsd.Double)), ("y", Text("tab\there"))),
            Row(("y", Literal.LanguageTagged("chat", "fr")))));

        Assert.Equal(
            "?x\t?y\n<http://example.org/a>\t4\n\"04.0\"^^<http://www.w3.org/2001/XMLSchema#double>\t\"tab\\there\"\n\t\"chat\"@fr\n",
            tsv);
    }

    [Fact]
    public void Tsv_reader_reads_turtle_shorthand_and_escapes()
    {
        SparqlResultSet results = new SparqlTsvResultReader().Read(new StringReader(
            "?a\t$b\t?c\n-5\t1.5e3\t\"\\u00E9\\n\"@en-GB\ntrue\t.5\t<<( _:s <http://example.org/p> 1 )>>\n"));

        Assert.Equal(["a", "b", "c"], results.Variables);
        Assert.Equal(Literal.Typed("-5", Xsd.Integer), results.Solutions[0]["a"]);
        Assert.Equal(Literal.Typed("1.5e3", Xsd.Double), results.Solutions[0]["b"]);
        Assert.Equal(Literal.LanguageTagged("é\n", "en-gb"), results.Solutions[0]["c"]);
        Assert.Equal(Literal.Typed("true", Xsd.Boolean), results.Solutions[1]["a"]);
        Assert.Equal(Literal.Typed(".5", Xsd.Decimal), results.Solutions[1]["b"]);
        Assert.Equal(new TripleTerm(new Triple(Blank("s"), Iri("p"), Int(1))), results.Solutions[1]["c"]);
    }

    [Fact]
    public void Tsv_reader_reports_the_line_and_column_of_a_bad_term()
    {
        var error = Assert.Throws<SparqlResultsFormatException>(() =>
            new SparqlTsvResultReader().Read(new StringReader("?x\t?y\n<http://example.org/a>\t\"ok\"\n<http://example.org/b>\t\"bad\\q\"\n")));

        Assert.Equal(3, error.Line);
        Assert.Equal(28, error.Column);
        Assert.Contains("?y", error.Message);
    }

    [Fact]
    public void A_single_variable_row_that_is_unbound_is_an_empty_line()
    {
        SparqlResultSet results = Select(["x"], Row(), Row(("x", Int(1))), Row());

        foreach (var (writer, reader) in new (ISparqlResultWriter, ISparqlResultReader)[]
            { (new SparqlTsvResultWriter(), new SparqlTsvResultReader()), (new SparqlCsvResultWriter(), new SparqlCsvResultReader()) })
        {
            SparqlResultSet back = reader.Read(new StringReader(Write(writer, results)));
            Assert.Equal(3, back.Solutions.Count);
            Assert.Null(back.Solutions[2]["x"]);
        }
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("tsv")]
    public void Csv_and_tsv_writers_refuse_ask_results_clearly(string name)
    {
        ISparqlResultWriter writer = SparqlResultFormatRegistry.Default.FindByName(name)!.CreateWriter();

        var error = Assert.Throws<NotSupportedException>(() => writer.Write(SparqlResultSet.ForAsk(true), new StringWriter()));
        Assert.Contains("ASK", error.Message);
    }
}
