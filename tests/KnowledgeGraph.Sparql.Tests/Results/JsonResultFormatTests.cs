using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Results;
using static KnowledgeGraph.Sparql.Tests.Results.ResultBuilders;

namespace KnowledgeGraph.Sparql.Tests.Results;

public class JsonResultFormatTests
{
    private static SparqlResultSet Read(string json) => new SparqlJsonResultReader().Read(new StringReader(json));

    private static SparqlResultsFormatException ReadFails(string json) =>
        Assert.Throws<SparqlResultsFormatException>(() => Read(json));

    [Fact]
    public void Json_reader_accepts_the_old_typed_literal_type()
    {
        SparqlResultSet results = Read("""
            {"head":{"vars":["n"]},"results":{"bindings":[
              {"n":{"type":"typed-literal","datatype":"http://www.w3.org/2001/XMLSchema#integer","value":"42"}}]}}
            """);

        Assert.Equal(Literal.Typed("42", Xsd.Integer), results.Solutions[0]["n"]);
    }

    [Fact]
    public void Json_reader_reads_members_in_any_order_and_ignores_unknown_ones()
    {
        SparqlResultSet results = Read("""
            {"results":{"distinct":false,"bindings":[{"s":{"value":"b1","type":"bnode"},"l":{"xml:lang":"en","value":"hi","type":"literal"}}]},
             "head":{"link":["x"],"vars":["s","l"]}}
            """);

        Assert.Equal(["s", "l"], results.Variables);
        Assert.Equal(new BlankNode("b1"), results.Solutions[0]["s"]);
        Assert.Equal(Literal.LanguageTagged("hi", "en"), results.Solutions[0]["l"]);
    }

    [Fact]
    public void Json_reader_reads_triple_terms_and_base_directions()
    {
        SparqlResultSet results = Read("""
            {"head":{"vars":["t","d"]},"results":{"bindings":[{
              "t":{"type":"triple","value":{"subject":{"type":"uri","value":"http://example.org/s"},
                                            "predicate":{"type":"uri","value":"http://example.org/p"},
                                            "object":{"type":"literal","value":"o"}}},
              "d":{"type":"literal","value":"שלום","xml:lang":"he","its:dir":"rtl"}}]}}
            """);

        Assert.Equal(new TripleTerm(new Triple(Iri("s"), Iri("p"), Text("o"))), results.Solutions[0]["t"]);
        Assert.Equal(Literal.LanguageTagged("שלום", "he", BaseDirection.Rtl), results.Solutions[0]["d"]);
    }

    [Fact]
    public void Json_reader_reports_the_json_path_of_a_bad_binding()
    {
        SparqlResultsFormatException error = ReadFails("""
            {"head":{"vars":["x"]},"results":{"bindings":[{},{},{},{"x":{"type":"uri","value":42}}]}}
            """);

        Assert.Equal("results.bindings[3].x.value", error.JsonPath);
        Assert.Contains("results.bindings[3].x.value", error.Message);
    }

    [Theory]
    [InlineData("""{"head":{},"results":{"bindings":[{"x":{"type":"iri","value":"http://a"}}]}}""", "results.bindings[0].x.type")]
    [InlineData("""{"head":{},"results":{"bindings":[{"x":{"type":"uri","value":"not an iri"}}]}}""", "results.bindings[0].x.value")]
    [InlineData("""{"head":{},"results":{"bindings":[{"x":{"type":"literal"}}]}}""", "results.bindings[0].x")]
    [InlineData("""{"head":{"vars":"x"},"results":{"bindings":[]}}""", "head.vars")]
    [InlineData("""{"head":{},"boolean":"yes"}""", "boolean")]
    [InlineData("""{"head":{}}""", "$")]
    [InlineData("""{"head":{},"results":{"bindings":[{"x":{"type":"literal","value":"a","datatype":"http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}}]}}""", "results.bindings[0].x.value")]
    public void Json_reader_names_where_the_content_is_wrong(string json, string path)
    {
        Assert.Equal(path, ReadFails(json).JsonPath);
    }

    [Fact]
    public void Json_reader_reports_the_line_of_a_syntax_error()
    {
        SparqlResultsFormatException error = ReadFails("{\n  \"head\": {},\n  \"boolean\": tru\n}");

        Assert.Equal(3, error.Line);
        Assert.Null(error.JsonPath);
    }

    [Fact]
    public void Json_writer_writes_ask_results()
    {
        var text = new StringWriter();
        new SparqlJsonResultWriter().WriteBoolean(true, text);

        Assert.Equal("""{"head":{},"boolean":true}""", text.ToString());
        Assert.True(Read(text.ToString()).Boolean);
    }

    [Fact]
    public void Json_writer_writes_terms_as_the_specification_shows()
    {
        var text = new StringWriter();
        new SparqlJsonResultWriter().WriteSelect(
            ["a", "b", "c", "d"],
            [Row(("a", Iri("x")), ("b", Literal.Typed("1", Xsd.Integer)), ("c", Literal.LanguageTagged("é", "fr")), ("d", Blank("z")))],
            text);

        Assert.Equal(
            """{"head":{"vars":["a","b","c","d"]},"results":{"bindings":[{"a":{"type":"uri","value":"http://example.org/x"},"b":{"type":"literal","value":"1","datatype":"http://www.w3.org/2001/XMLSchema#integer"},"c":{"type":"literal","value":"é","xml:lang":"fr"},"d":{"type":"bnode","value":"z"}}]}}""",
            text.ToString());
    }

    [Fact]
    public void Json_writer_streams_a_large_result_without_collecting_it()
    {
        // The solutions are produced lazily; the writer must flush text to the output before the enumeration ends.
        var output = new StringWriter();
        bool flushedEarly = false;
        IEnumerable<QuerySolution> Rows()
        {
            for (int i = 0; i < 20000; i++)
            {
                if (i == 19999)
                {
                    flushedEarly = output.GetStringBuilder().Length > 0;
                }
                yield return Row(("x", Int(i)));
            }
        }

        new SparqlJsonResultWriter().WriteSelect(["x"], Rows(), output);

        Assert.True(flushedEarly);
        Assert.Equal(20000, Read(output.ToString()).Solutions.Count);
    }
}
