using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Results;
using static KnowledgeGraph.Sparql.Tests.Results.ResultBuilders;

namespace KnowledgeGraph.Sparql.Tests.Results;

public class SparqlResultTableWriterTests
{
    private static string Table(SparqlResultSet results, SparqlResultTableOptions? options = null)
    {
        var text = new StringWriter { NewLine = "\n" };
        new SparqlResultTableWriter(options).Write(results, text);
        return text.ToString();
    }

    [Fact]
    public void Table_writer_draws_a_boxed_table_with_prefixed_names_and_a_row_count()
    {
        var options = new SparqlResultTableOptions { Prefixes = new Dictionary<string, string> { ["ex"] = "http://example.org/" } };
        var results = Select(["s", "o"],
            Row(("s", Iri("alice")), ("o", Literal.Typed("42", Xsd.Integer))),
            Row(("s", new Iri("http://other.example/x")), ("o", Literal.LanguageTagged("hi\nthere", "en"))),
            Row(("o", Blank("b1"))));

        Assert.Equal(
            """
            +--------------------------+----------------+
            | ?s                       | ?o             |
            +--------------------------+----------------+
            | ex:alice                 | 42             |
            | <http://other.example/x> | "hi\nthere"@en |
            |                          | _:b1           |
            +--------------------------+----------------+
            3 rows

            """.Replace("\r\n", "\n"),
            Table(results, options));
    }

    [Fact]
    public void Table_writer_cuts_long_values_with_an_ellipsis()
    {
        var results = Select(["x"], Row(("x", Text(new string('a', 100)))));

        string table = Table(results, new SparqlResultTableOptions { MaxColumnWidth = 10 });

        Assert.Contains("| \"aaaaaaaa… |", table);
        Assert.EndsWith("1 row\n", table);
    }

    [Fact]
    public void Table_writer_does_not_use_a_prefix_when_the_local_name_would_be_unreadable()
    {
        var options = new SparqlResultTableOptions { Prefixes = new Dictionary<string, string> { ["ex"] = "http://example.org/" } };

        string table = Table(Select(["x"], Row(("x", Iri("a/b")))), options);

        Assert.Contains("<http://example.org/a/b>", table);
    }

    [Fact]
    public void Table_writer_prints_ask_answers_and_empty_results()
    {
        Assert.Equal("true\n", Table(SparqlResultSet.ForAsk(true)));
        Assert.EndsWith("0 rows\n", Table(Select(["x"])));
    }
}
