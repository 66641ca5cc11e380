using KnowledgeGraph.Rdf.Formats.TriG;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.Tests.TriG;

public class TrigReaderTests
{
    private static Iri I(string local) => new("http://example/" + local);

    private static List<Quad> Read(string text, RdfReaderOptions? options = null) =>
        new TrigReader().Read(new StringReader(text), options ?? RdfReaderOptions.Default).ToList();

    [Fact]
    public void Trig_reads_default_graph_blocks_named_blocks_and_the_graph_keyword()
    {
        var quads = Read("""
            PREFIX ex: <http://example/>
            ex:a ex:p 1 .
            { ex:b ex:p 2 }
            ex:g1 { ex:c ex:p 3 . ex:d ex:p 4 . }
            GRAPH ex:g2 { ex:e ex:p 5 }
            """);

        Assert.Equal(
            [(I("a"), null), (I("b"), null), (I("c"), I("g1")), (I("d"), I("g1")), (I("e"), I("g2"))],
            quads.Select(q => (q.Subject, q.Graph)));
    }

    [Fact]
    public void Trig_blank_node_graph_names_are_the_same_node_as_the_label_elsewhere()
    {
        var quads = Read("""
            _:g { <http://example/s> <http://example/p> _:g }
            [] { <http://example/t> <http://example/p> 1 }
            """);

        Assert.Equal(quads[0].Graph, quads[0].Object);
        Assert.IsType<BlankNode>(quads[1].Graph);
        Assert.NotEqual(quads[0].Graph, quads[1].Graph);
    }

    [Fact]
    public void Trig_graph_block_statements_are_yielded_before_the_block_closes()
    {
        const string text = "<http://example/g> { <http://example/s> <http://example/p> 1 . <http://example/s> <http://example/p> ( ";
        using var quads = new TrigReader().Read(new StringReader(text), RdfReaderOptions.Default).GetEnumerator();

        Assert.True(quads.MoveNext());
        Assert.Equal((I("s"), I("g")), (quads.Current.Subject, quads.Current.Graph));
        Assert.Throws<RdfSyntaxException>(() => quads.MoveNext());
    }

    [Fact]
    public void Trig_unclosed_graph_reports_the_end_of_input()
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Read("<http://example/g> {\n  <http://example/s> <http://example/p> 1 .\n")).Error;

        Assert.Equal(("TriG", 3, 1, "end of input"), (error.Format, error.Line, error.Column, error.Token));
    }

    [Fact]
    public void Trig_directives_are_not_allowed_inside_a_graph()
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Read("{ @prefix ex: <http://example/> . }")).Error;

        Assert.Equal((1, 3, "@prefix"), (error.Line, error.Column, error.Token));
    }

    [Fact]
    public void Trig_a_graph_name_cannot_be_a_literal()
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Read("GRAPH \"g\" { <http://example/s> <http://example/p> 1 }")).Error;

        Assert.Equal((1, 7, "\"g\""), (error.Line, error.Column, error.Token));
    }

    [Fact]
    public void Trig_lenient_mode_skips_a_bad_statement_inside_a_graph_and_keeps_the_graph()
    {
        var errors = new List<RdfSyntaxError>();

        var quads = Read(
            "<http://example/g> {\n <http://example/a> <http://example/p> 1 .\n <http://example/b> <http://example/p> .\n <http://example/c> <http://example/p> 3\n}\n<http://example/d> <http://example/p> 4 .",
            new RdfReaderOptions { Lenient = true, OnError = errors.Add });

        Assert.Equal([(I("a"), I("g")), (I("c"), I("g")), (I("d"), null)], quads.Select(q => (q.Subject, q.Graph)));
        Assert.Equal((3, 40, "."), (errors.Single().Line, errors.Single().Column, errors.Single().Token));
    }

    [Fact]
    public void Trig_lenient_mode_reports_an_unclosed_graph_once()
    {
        var errors = new List<RdfSyntaxError>();

        var quads = Read("{ <http://example/a> <http://example/p> 1 .", new RdfReaderOptions { Lenient = true, OnError = errors.Add });

        Assert.Single(quads);
        Assert.Single(errors);
    }

    [Fact]
    public void Trig_lenient_mode_skips_a_graph_block_with_a_bad_name_whole()
    {
        var errors = new List<RdfSyntaxError>();

        var quads = Read(
            "GRAPH \"bad\" {\n <http://example/a> <http://example/p> 1 .\n <http://example/b> <http://example/p> 2 .\n}\n<http://example/c> <http://example/p> 3 .",
            new RdfReaderOptions { Lenient = true, OnError = errors.Add });

        Assert.Equal([(I("c"), null)], quads.Select(q => (q.Subject, q.Graph)));
        Assert.Single(errors);
    }
}
