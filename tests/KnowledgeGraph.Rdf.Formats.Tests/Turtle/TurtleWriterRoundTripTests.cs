using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using static KnowledgeGraph.Rdf.Formats.Tests.Turtle.TurtleTestData;

namespace KnowledgeGraph.Rdf.Formats.Tests.Turtle;

public class TurtleWriterRoundTripTests
{
    private static void AssertRoundTrips(IReadOnlyList<Quad> quads, RdfWriterOptions? options = null)
    {
        string text = WriteTurtle(quads, options);
        List<Quad> back = ReadTurtle(text, new RdfReaderOptions { BaseIri = options?.BaseIri });
        Assert.True(DatasetIsomorphism.AreIsomorphic(quads, back), "Not isomorphic after writing:\n" + text);
    }

    [Fact]
    public void Turtle_writer_round_trips_blank_nodes_in_a_cycle()
    {
        var a = new BlankNode("a");
        var b = new BlankNode("b");
        var c = new BlankNode("c");

        AssertRoundTrips([Q(a, I("p"), b), Q(b, I("p"), c), Q(c, I("p"), a), Q(c, I("q"), Literal.Simple("end"))]);
    }

    [Fact]
    public void Turtle_writer_round_trips_a_blank_node_pointing_at_itself()
    {
        var a = new BlankNode("a");

        AssertRoundTrips([Q(a, I("p"), a)]);
    }

    [Fact]
    public void Turtle_writer_round_trips_a_list_whose_nodes_have_extra_triples()
    {
        var n1 = new BlankNode("n1");
        var n2 = new BlankNode("n2");

        AssertRoundTrips(
        [
            Q(I("s"), I("list"), n1),
            Q(n1, RdfVocab.First, Literal.Typed("1", Xsd.Integer)),
            Q(n1, RdfVocab.Rest, n2),
            Q(n2, RdfVocab.First, Literal.Typed("2", Xsd.Integer)),
            Q(n2, RdfVocab.Rest, RdfVocab.Nil),
            Q(n2, I("note"), Literal.Simple("extra")),
        ]);
    }

    [Fact]
    public void Turtle_writer_round_trips_a_list_shared_by_two_subjects()
    {
        var n1 = new BlankNode("n1");

        AssertRoundTrips(
        [
            Q(I("s"), I("list"), n1),
            Q(I("t"), I("list"), n1),
            Q(n1, RdfVocab.First, I("x")),
            Q(n1, RdfVocab.Rest, RdfVocab.Nil),
        ]);
    }

    [Fact]
    public void Turtle_writer_round_trips_a_list_whose_tail_is_shared()
    {
        var n1 = new BlankNode("n1");
        var n2 = new BlankNode("n2");

        AssertRoundTrips(
        [
            Q(I("s"), I("list"), n1),
            Q(I("t"), I("tail"), n2),
            Q(n1, RdfVocab.First, I("x")),
            Q(n1, RdfVocab.Rest, n2),
            Q(n2, RdfVocab.First, I("y")),
            Q(n2, RdfVocab.Rest, RdfVocab.Nil),
        ]);
    }

    [Fact]
    public void Turtle_writer_round_trips_a_list_that_contains_its_own_owner()
    {
        var owner = new BlankNode("owner");
        var n1 = new BlankNode("n1");

        AssertRoundTrips([Q(owner, I("p"), n1), Q(n1, RdfVocab.First, owner), Q(n1, RdfVocab.Rest, RdfVocab.Nil)]);
    }

    [Fact]
    public void Turtle_writer_round_trips_literals_with_quotes_line_breaks_and_unicode()
    {
        string[] texts = ["say \"hi\"", "ends with quote\"", "two\nlines \"\"\" inside", "trailing \"\"", "back\\slash\r\ncrlf", "tab\tand \u0001 control", "émoji \U0001F600", ""];

        AssertRoundTrips([.. texts.Select((text, i) => Q(I("s" + i), I("p"), Literal.Simple(text)))]);
    }

    [Fact]
    public void Turtle_writer_round_trips_literals_that_look_like_numbers_but_are_not_in_their_grammar_form()
    {
        AssertRoundTrips(
        [
            Q(I("s"), I("p"), Literal.Typed("1.", Xsd.Decimal)),
            Q(I("s"), I("p"), Literal.Typed("INF", Xsd.Double)),
            Q(I("s"), I("p"), Literal.Typed(" 1", Xsd.Integer)),
            Q(I("s"), I("p"), Literal.Typed("1.0", Xsd.Double)),
            Q(I("s"), I("p"), Literal.Typed("TRUE", Xsd.Boolean)),
            Q(I("s"), I("p"), Literal.LanguageTagged("chat", "fr")),
            Q(I("s"), I("p"), Literal.Typed("x", new Iri("http://other/dt"))),
        ]);
    }

    [Fact]
    public void Turtle_writer_round_trips_iris_that_are_not_valid_prefixed_names()
    {
        string[] locals = ["a/b", "-lead", "trail.", "a b", "with#hash", "q?x=1", "100%", "%41", "dots..in", "a:b", "", "(paren)", "~tilde", "é"];

        AssertRoundTrips([.. locals.Select(local => Q(I("s"), I("p"), new Iri(TurtleTestData.Ex + local.Replace(" ", "%20", StringComparison.Ordinal))))]);
    }

    [Fact]
    public void Turtle_writer_round_trips_nested_blank_nodes_and_lists_of_blank_nodes()
    {
        var quads = ReadTurtle("@prefix ex: <http://example/> . ex:s ex:p [ ex:q [ ex:r ( [ ex:t 1 ] [] () ( 2 ) ) ] ; ex:u [] ] . [] ex:v ex:w .");

        AssertRoundTrips(quads);
    }

    [Fact]
    public void Turtle_writer_round_trips_relative_iris_against_the_base()
    {
        var options = new RdfWriterOptions { BaseIri = "http://example/dir/doc", Prefixes = [] };

        AssertRoundTrips(
            [Q(new Iri("http://example/dir/doc#x"), new Iri("http://example/dir/other"), new Iri("http://example/dir/doc")), Q(new Iri("http://example/dir/a:b"), I("p"), new Iri("http://elsewhere/"))],
            options);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Turtle_writer_round_trips_random_graphs(int seed)
    {
        var random = new Random(seed);
        var blanks = Enumerable.Range(0, 5).Select(i => new BlankNode("r" + i)).ToArray();
        Term[] objects = [.. blanks, RdfVocab.Nil, I("o"), Literal.Simple("x\ny\""), Literal.Typed("7", Xsd.Integer), I("a.b")];
        Iri[] predicates = [I("p"), RdfVocab.First, RdfVocab.Rest, RdfVocab.Type];
        var quads = new List<Quad>();
        int count = random.Next(1, 12);
        for (int i = 0; i < count; i++)
        {
            Term subject = random.Next(4) == 0 ? I("s") : blanks[random.Next(blanks.Length)];
            quads.Add(Q(subject, predicates[random.Next(predicates.Length)], objects[random.Next(objects.Length)]));
        }
        return DatasetIsomorphism.AreIsomorphic(quads, ReadTurtle(WriteTurtle(quads)));
    }
}
