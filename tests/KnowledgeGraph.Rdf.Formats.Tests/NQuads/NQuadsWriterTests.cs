using System.Text;
using KnowledgeGraph.Rdf.Formats.NQuads;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.Tests.NQuads;

public class NQuadsWriterTests
{
    private static readonly Iri S = new("http://ex/s");
    private static readonly Iri P = new("http://ex/p");

    private static string Write(IEnumerable<Quad> quads, bool canonical = false)
    {
        var output = new StringWriter();
        new NQuadsWriter().Write(quads, output, new RdfWriterOptions { Canonical = canonical });
        return output.ToString();
    }

    [Fact]
    public void NQuads_writer_writes_graph_labels_before_the_dot()
    {
        string text = Write(
        [
            new Quad(S, P, Literal.Simple("a"), new Iri("http://ex/g")),
            new Quad(S, P, Literal.Simple("b"), new BlankNode("g")),
            new Quad(S, P, Literal.Simple("c"), null),
        ]);
        Assert.Equal(
            "<http://ex/s> <http://ex/p> \"a\" <http://ex/g> .\n"
            + "<http://ex/s> <http://ex/p> \"b\" _:g .\n"
            + "<http://ex/s> <http://ex/p> \"c\" .\n",
            text);
    }

    [Fact]
    public void NQuads_canonical_writer_sorts_whole_statements_and_removes_duplicates()
    {
        var g2 = new Quad(S, P, S, new Iri("http://ex/g2"));
        var g1 = new Quad(S, P, S, new Iri("http://ex/g1"));
        var inDefault = new Quad(S, P, S, null);
        string text = Write([g2, g1, inDefault, g2], canonical: true);
        Assert.Equal(
            "<http://ex/s> <http://ex/p> <http://ex/s> .\n"
            + "<http://ex/s> <http://ex/p> <http://ex/s> <http://ex/g1> .\n"
            + "<http://ex/s> <http://ex/p> <http://ex/s> <http://ex/g2> .\n",
            text);
    }

    [Fact]
    public void NQuads_round_trip_keeps_graphs_and_tricky_literals()
    {
        Quad[] quads =
        [
            new(new BlankNode("b.1"), P, Literal.Simple("\"q\"\n\\ \u0007 \U0001F600"), new Iri("http://ex/g")),
            new(S, P, Literal.LanguageTagged("x", "de-CH-1996", BaseDirection.Ltr), new BlankNode("g")),
            new(S, P, new TripleTerm(new Triple(S, P, Literal.Simple("t"))), null),
        ];
        string text = Write(quads);
        var back = new NQuadsReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), RdfReaderOptions.Default).ToList();
        Assert.Equal(quads, back);
    }
}
