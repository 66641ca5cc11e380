using KnowledgeGraph.Rdf.Formats.Tests.Turtle;
using KnowledgeGraph.Rdf.Formats.TriG;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.Tests.TriG;

public class TrigWriterTests
{
    private static Iri I(string local) => new("http://example/" + local);

    private static string Write(IEnumerable<Quad> quads, bool canonical = false)
    {
        var output = new StringWriter();
        new TrigWriter().Write(quads, output, new RdfWriterOptions { Prefixes = [new("ex", "http://example/")], Canonical = canonical });
        return output.ToString();
    }

    private static void AssertRoundTrips(IReadOnlyList<Quad> quads)
    {
        string text = Write(quads);
        var back = new TrigReader().Read(new StringReader(text), RdfReaderOptions.Default).ToList();
        Assert.True(DatasetIsomorphism.AreIsomorphic(quads, back), "Not isomorphic after writing:\n" + text);
    }

    [Fact]
    public void Trig_writer_writes_the_default_graph_plainly_and_named_graphs_in_blocks()
    {
        string text = Write(
        [
            new Quad(I("s"), I("p"), I("o"), null),
            new Quad(I("s"), I("p"), I("o"), I("g")),
            new Quad(I("t"), I("p"), I("o"), I("g")),
        ]);

        Assert.Equal("@prefix ex: <http://example/> .\n\nex:s ex:p ex:o .\n\nex:g {\n    ex:s ex:p ex:o .\n    ex:t ex:p ex:o .\n}\n", text);
    }

    [Fact]
    public void Trig_writer_round_trips_a_blank_node_shared_between_graphs()
    {
        var shared = new BlankNode("shared");

        AssertRoundTrips([new Quad(I("s"), I("p"), shared, I("g1")), new Quad(I("s"), I("p"), shared, I("g2")), new Quad(shared, I("q"), I("o"), null)]);
    }

    [Fact]
    public void Trig_writer_round_trips_a_blank_node_graph_name_that_is_also_a_subject_and_object()
    {
        var g = new BlankNode("g");

        AssertRoundTrips([new Quad(g, I("p"), g, g), new Quad(I("s"), I("p"), g, null), new Quad(g, I("created"), Literal.Simple("today"), null)]);
    }

    [Fact]
    public void Trig_writer_round_trips_nested_blank_nodes_and_lists_inside_graphs()
    {
        var quads = new TrigReader().Read(
            new StringReader("PREFIX ex: <http://example/>\nex:g { ex:s ex:p [ ex:q ( 1 [ ex:r 2 ] ) ] . [] ex:t ex:u }\n_:x { _:x ex:p ( ) }"),
            RdfReaderOptions.Default).ToList();

        AssertRoundTrips(quads);
    }

    [Fact]
    public void Trig_writer_canonical_output_sorts_graphs()
    {
        Quad[] quads = [new Quad(I("s"), I("p"), I("o"), I("g2")), new Quad(I("s"), I("p"), I("o"), I("g1"))];

        string text = Write(quads, canonical: true);

        Assert.True(text.IndexOf("ex:g1 {", StringComparison.Ordinal) < text.IndexOf("ex:g2 {", StringComparison.Ordinal), text);
        Assert.Equal(text, Write(quads.Reverse(), canonical: true));
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool Trig_writer_round_trips_random_datasets(int seed)
    {
        var random = new Random(seed);
        var blanks = Enumerable.Range(0, 5).Select(i => new BlankNode("r" + i)).ToArray();
        Term[] objects = [.. blanks, Rdf.Vocabularies.RdfVocab.Nil, I("o"), Literal.Simple("x")];
        Iri[] predicates = [I("p"), Rdf.Vocabularies.RdfVocab.First, Rdf.Vocabularies.RdfVocab.Rest];
        Term?[] graphs = [null, I("g"), blanks[0]];
        var quads = new List<Quad>();
        int count = random.Next(1, 12);
        for (int i = 0; i < count; i++)
        {
            Term subject = random.Next(4) == 0 ? I("s") : blanks[random.Next(blanks.Length)];
            quads.Add(new Quad(subject, predicates[random.Next(predicates.Length)], objects[random.Next(objects.Length)], graphs[random.Next(graphs.Length)]));
        }
        var back = new TrigReader().Read(new StringReader(Write(quads)), RdfReaderOptions.Default).ToList();
        return DatasetIsomorphism.AreIsomorphic(quads, back);
    }
}
