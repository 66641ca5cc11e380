using KnowledgeGraph.Rdf.Formats.Turtle.Internal;
using KnowledgeGraph.Rdf.Terms;
using static KnowledgeGraph.Rdf.Formats.Tests.Turtle.TurtleTestData;

namespace KnowledgeGraph.Rdf.Formats.Tests.Turtle;

public class TurtleNestingLimitTests
{
    private static string Nested(int depth) =>
        "<http://example/s> <http://example/p> " + string.Concat(Enumerable.Repeat("[ <http://example/p> ", depth)) + "1" + new string(']', depth) + " .";

    [Fact]
    public void Turtle_reads_property_lists_nested_up_to_the_limit()
    {
        var quads = ReadTurtle(Nested(TurtleParser.MaxNesting));

        Assert.Equal(TurtleParser.MaxNesting + 1, quads.Count);
    }

    [Fact]
    public void Turtle_nesting_beyond_the_limit_is_a_syntax_error_not_a_crash()
    {
        var error = ReadTurtleExpectingError(Nested(TurtleParser.MaxNesting + 1));

        Assert.Contains("nest deeper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Turtle_writer_round_trips_a_long_chain_of_blank_nodes_without_deep_recursion()
    {
        var nodes = Enumerable.Range(0, 20_000).Select(i => new BlankNode("n" + i)).ToArray();
        var quads = new List<Quad> { Q(I("start"), I("next"), nodes[0]) };
        for (int i = 1; i < nodes.Length; i++)
        {
            quads.Add(Q(nodes[i - 1], I("next"), nodes[i]));
        }
        quads.Add(Q(nodes[^1], I("next"), I("end")));

        var back = ReadTurtle(WriteTurtle(quads));

        Assert.Equal(quads.Count, back.Count);
        var next = back.ToDictionary(q => q.Subject, q => q.Object);
        Term current = I("start");
        for (int i = 0; i <= nodes.Length; i++)
        {
            current = next[current];
        }
        Assert.Equal(I("end"), current);
    }

    [Fact]
    public void Turtle_writer_round_trips_lists_nested_deeper_than_it_nests()
    {
        string text = "<http://example/s> <http://example/p> " + new string('(', 200) + " 1 " + new string(')', 200) + " .";
        var quads = ReadTurtle(text);

        Assert.True(DatasetIsomorphism.AreIsomorphic(quads, ReadTurtle(WriteTurtle(quads))));
    }
}
