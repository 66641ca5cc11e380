using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using static KnowledgeGraph.Rdf.Formats.Tests.Turtle.TurtleTestData;

namespace KnowledgeGraph.Rdf.Formats.Tests.Turtle;

public class TurtleWriterTests
{
    [Fact]
    public void Turtle_writer_groups_by_subject_and_writes_a_for_rdf_type()
    {
        string text = WriteTurtle(
        [
            Q(I("s"), RdfVocab.Type, I("C")),
            Q(I("s"), I("p"), I("o1")),
            Q(I("s"), I("p"), I("o2")),
            Q(I("t"), I("p"), Literal.Typed("5", Xsd.Integer)),
        ]);

        Assert.Equal("@prefix ex: <http://example/> .\n\nex:s a ex:C ;\n    ex:p ex:o1, ex:o2 .\nex:t ex:p 5 .\n", text);
    }

    [Fact]
    public void Turtle_writer_declares_only_the_prefixes_it_uses()
    {
        var options = new RdfWriterOptions { Prefixes = [new("unused", "http://unused/"), new("ex", Ex), new("xsd", Xsd.Namespace)] };

        string text = WriteTurtle([Q(I("s"), I("p"), Literal.Typed("2024", Xsd.GYear))], options);

        Assert.Equal("@prefix ex: <http://example/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\nex:s ex:p \"2024\"^^xsd:gYear .\n", text);
    }

    [Fact]
    public void Turtle_writer_ignores_prefixes_that_are_not_legal_turtle_prefixes()
    {
        var options = new RdfWriterOptions { Prefixes = [new("1bad", Ex), new("bad.", Ex), new("relative", "no-scheme/"), new("", Ex)] };

        string text = WriteTurtle([Q(I("s"), I("p"), I("o"))], options);

        Assert.Equal("@prefix : <http://example/> .\n\n:s :p :o .\n", text);
    }

    [Fact]
    public void Turtle_writer_prefers_the_longest_matching_namespace()
    {
        var options = new RdfWriterOptions { Prefixes = [new("ex", Ex), new("deep", Ex + "deep/")] };

        string text = WriteTurtle([Q(I("deep/s"), I("p"), I("o"))], options);

        Assert.Contains("deep:s ex:p ex:o .", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Turtle_writer_escapes_local_names_or_falls_back_to_full_iris()
    {
        string text = WriteTurtle([Q(I("a.b"), I("-x"), I("end.")), Q(I("s"), I("p"), I("a/b"))]);

        Assert.Contains("ex:a.b ex:\\-x ex:end\\. .", text, StringComparison.Ordinal);
        Assert.Contains("ex:s ex:p <http://example/a/b> .", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Turtle_writer_writes_numbers_and_booleans_bare_only_in_their_grammar_form()
    {
        string text = WriteTurtle(
        [
            Q(I("s"), I("p"), Literal.Typed("-3", Xsd.Integer)),
            Q(I("s"), I("p"), Literal.Typed("0.50", Xsd.Decimal)),
            Q(I("s"), I("p"), Literal.Typed("1.5E3", Xsd.Double)),
            Q(I("s"), I("p"), Literal.Typed("false", Xsd.Boolean)),
            Q(I("s"), I("p"), Literal.Typed("NaN", Xsd.Double)),
        ]);

        Assert.Contains("ex:p -3, 0.50, 1.5E3, false, \"NaN\"^^<http://www.w3.org/2001/XMLSchema#double> .", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Turtle_writer_uses_long_strings_for_text_with_line_breaks()
    {
        string text = WriteTurtle([Q(I("s"), I("p"), Literal.Simple("line 1\nline \"2\""))]);

        Assert.Contains("ex:s ex:p \"\"\"line 1\nline \"2\\\"\"\"\" .", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Turtle_writer_nests_blank_nodes_used_once_and_writes_lists_in_parentheses()
    {
        var quads = ReadTurtle("@prefix ex: <http://example/> . ex:s ex:p [ ex:q ( 1 2 ) ], [ ex:r ex:o ] .");

        string text = WriteTurtle(quads);

        Assert.Equal("@prefix ex: <http://example/> .\n\nex:s ex:p [\n        ex:q ( 1 2 )\n    ], [ ex:r ex:o ] .\n", text);
    }

    [Fact]
    public void Turtle_writer_labels_blank_nodes_used_twice()
    {
        var shared = new BlankNode("shared");

        string text = WriteTurtle([Q(I("s"), I("p"), shared), Q(I("t"), I("p"), shared), Q(shared, I("q"), I("o"))]);

        Assert.Equal("@prefix ex: <http://example/> .\n\nex:s ex:p _:b0 .\nex:t ex:p _:b0 .\n_:b0 ex:q ex:o .\n", text);
    }

    [Fact]
    public void Turtle_writer_declares_the_base_and_writes_iris_relative_to_it()
    {
        string text = WriteTurtle([Q(I("dir/a"), I("dir/doc#p"), I("x"))], new RdfWriterOptions { BaseIri = Ex + "dir/doc" });

        Assert.Equal("@base <http://example/dir/doc> .\n\n<a> <#p> <http://example/x> .\n", text);
    }

    [Fact]
    public void Turtle_writer_canonical_output_does_not_depend_on_input_order()
    {
        Quad[] quads =
        [
            Q(I("b"), I("q"), I("o2")),
            Q(I("a"), I("q"), I("o1")),
            Q(I("b"), RdfVocab.Type, I("C")),
            Q(I("a"), I("p"), Literal.Simple("z")),
            Q(I("a"), I("p"), Literal.Simple("y")),
        ];
        var options = new RdfWriterOptions { Prefixes = [new("ex", Ex)], Canonical = true };

        string forward = WriteTurtle(quads, options);
        string backward = WriteTurtle(quads.Reverse(), options);

        Assert.Equal(forward, backward);
        Assert.Equal("@prefix ex: <http://example/> .\n\nex:a ex:p \"y\", \"z\" ;\n    ex:q ex:o1 .\nex:b a ex:C ;\n    ex:q ex:o2 .\n", forward);
    }

    [Fact]
    public void Turtle_writer_rejects_a_quad_outside_the_default_graph_before_writing_anything()
    {
        var output = new StringWriter();

        Assert.Throws<InvalidOperationException>(() =>
            new TurtleWriter().Write([Q(I("s"), I("p"), I("o")), new Quad(I("s"), I("p"), I("o"), I("g"))], output, RdfWriterOptions.Default));
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void Turtle_writer_removes_duplicate_triples()
    {
        string text = WriteTurtle([Q(I("s"), I("p"), I("o")), Q(I("s"), I("p"), I("o"))]);

        Assert.Equal("@prefix ex: <http://example/> .\n\nex:s ex:p ex:o .\n", text);
    }
}
