using System.Text;
using KnowledgeGraph.Rdf.Formats.NQuads;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.Tests.NQuads;

public class NQuadsReaderTests
{
    private static List<Quad> Read(string text, RdfReaderOptions? options = null) =>
        new NQuadsReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), options ?? RdfReaderOptions.Default).ToList();

    [Fact]
    public void NQuads_reads_iri_and_blank_graph_labels_and_the_default_graph()
    {
        var quads = Read("""
            <http://ex/s> <http://ex/p> <http://ex/o> <http://ex/g> .
            <http://ex/s> <http://ex/p> "x"@en _:g1 .
            <http://ex/s> <http://ex/p> "y"^^<http://ex/dt><http://ex/g>.
            <http://ex/s> <http://ex/p> <http://ex/o> .
            """);
        Assert.Equal(new Iri("http://ex/g"), quads[0].Graph);
        Assert.Equal(new BlankNode("g1"), quads[1].Graph);
        Assert.Equal(Literal.LanguageTagged("x", "en"), quads[1].Object);
        Assert.Equal(Literal.Typed("y", new Iri("http://ex/dt")), quads[2].Object);
        Assert.Equal(new Iri("http://ex/g"), quads[2].Graph);
        Assert.Null(quads[3].Graph);
    }

    [Fact]
    public void NQuads_reads_a_triple_term_in_a_named_graph()
    {
        var quads = Read("<http://ex/s> <http://ex/p> <<( <http://ex/a> <http://ex/b> \"c\" )>> <http://ex/g> .");
        Assert.IsType<TripleTerm>(quads[0].Object);
        Assert.Equal(new Iri("http://ex/g"), quads[0].Graph);
    }

    [Theory]
    [InlineData("<http://ex/s> <http://ex/p> <http://ex/o> \"g\" .", 43, "graph label", "\"g\"")]
    [InlineData("<http://ex/s> <http://ex/p> <http://ex/o> <http://ex/g> <http://ex/h> .", 57, "expected '.'", "<http://ex/h>")]
    [InlineData("<http://ex/s> <http://ex/p> <http://ex/o> <g> .", 43, "relative IRIs", "<g>")]
    [InlineData("<http://ex/s> <http://ex/p> <http://ex/o> <<( <http://ex/s> <http://ex/p> <http://ex/o> )>> .", 43, "graph label", "<<(")]
    public void NQuads_graph_label_errors_name_position_and_token(string line, int column, string message, string token)
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Read(line)).Error;
        Assert.Equal("N-Quads", error.Format);
        Assert.Equal(1, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(message, error.Message);
        Assert.Equal(token, error.Token);
    }

    [Fact]
    public void NQuads_lenient_mode_skips_a_bad_line()
    {
        var errors = new List<RdfSyntaxError>();
        var quads = Read(
            "<http://ex/s> <http://ex/p> <http://ex/o> <http://ex/g> <http://ex/h> .\n<http://ex/s> <http://ex/p> <http://ex/o> <http://ex/g> .",
            new RdfReaderOptions { Lenient = true, OnError = errors.Add });
        Assert.Single(quads);
        Assert.Equal(1, Assert.Single(errors).Line);
    }
}
