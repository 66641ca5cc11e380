using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Results;
using static KnowledgeGraph.Sparql.Tests.Results.ResultBuilders;

namespace KnowledgeGraph.Sparql.Tests.Results;

public class XmlResultFormatTests
{
    private const string Ns = "http://www.w3.org/2005/sparql-results#";

    private static SparqlResultSet Read(string xml) => new SparqlXmlResultReader().Read(new StringReader(xml));

    [Fact]
    public void Xml_reader_keeps_whitespace_inside_literals()
    {
        SparqlResultSet results = Read($"""
            <sparql xmlns="{Ns}"><head><variable name="x"/></head><results>
              <result><binding name="x"><literal>  two
            lines  </literal></binding></result>
              <result><binding name="x"><literal/></binding></result>
            </results></sparql>
            """);

        Assert.Equal(Text("  two\nlines  "), results.Solutions[0]["x"]);
        Assert.Equal(Text(""), results.Solutions[1]["x"]);
    }

    [Fact]
    public void Xml_reader_refuses_document_type_declarations()
    {
        string xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE sparql [<!ENTITY boom "boom">]>
            <sparql xmlns="{Ns}"><head/><boolean>true</boolean></sparql>
            """;

        SparqlResultsFormatException error = Assert.Throws<SparqlResultsFormatException>(() => Read(xml));
        Assert.Contains("DTD", error.Message);
        Assert.IsType<System.Xml.XmlException>(error.InnerException);
    }

    [Fact]
    public void Xml_reader_reports_the_line_and_column_of_a_bad_term()
    {
        string xml = $"""
            <sparql xmlns="{Ns}"><head><variable name="x"/></head><results>
            <result><binding name="x"><uri>http://example.org/a</uri></binding></result>
            <result>  <binding name="x"><url>http://example.org/b</url></binding></result>
            </results></sparql>
            """;

        SparqlResultsFormatException error = Assert.Throws<SparqlResultsFormatException>(() => Read(xml));

        Assert.Equal(3, error.Line);
        Assert.Equal(29, error.Column);
        Assert.Contains("found <url>", error.Message);
    }

    [Fact]
    public void Xml_reader_reads_the_sparql_1_2_triple_and_direction_forms()
    {
        SparqlResultSet results = Read($"""
            <sparql xmlns="{Ns}" xmlns:its="http://www.w3.org/2005/11/its"><head><variable name="t"/></head><results><result>
              <binding name="t"><triple><subject><bnode>b</bnode></subject><predicate><uri>http://example.org/p</uri></predicate>
                <object><literal xml:lang="ar" its:dir="rtl">x</literal></object></triple></binding>
            </result></results></sparql>
            """);

        Assert.Equal(
            new TripleTerm(new Triple(Blank("b"), Iri("p"), Literal.LanguageTagged("x", "ar", BaseDirection.Rtl))),
            results.Solutions[0]["t"]);
    }

    [Fact]
    public void Xml_writer_writes_ask_results_that_read_back()
    {
        var text = new StringWriter();
        new SparqlXmlResultWriter().WriteBoolean(false, text);

        Assert.StartsWith("<?xml version=\"1.0\"?>", text.ToString());
        Assert.False(Read(text.ToString()).Boolean);
    }

    [Fact]
    public void Xml_writer_refuses_characters_xml_cannot_hold()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new SparqlXmlResultWriter().WriteSelect(["x"], [Row(("x", Text("bell\u0007")))], new StringWriter()));

        Assert.Contains("?x", error.Message);
    }

    [Fact]
    public void Xml_writer_keeps_carriage_returns()
    {
        var text = new StringWriter();
        new SparqlXmlResultWriter().WriteSelect(["x"], [Row(("x", Literal.Typed("a\r\nb\r", Xsd.String)))], text);

        Assert.Equal(Text("a\r\nb\r"), Read(text.ToString()).Solutions[0]["x"]);
    }
}
