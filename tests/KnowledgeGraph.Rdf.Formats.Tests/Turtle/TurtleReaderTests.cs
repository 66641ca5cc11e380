using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using static KnowledgeGraph.Rdf.Formats.Tests.Turtle.TurtleTestData;

namespace KnowledgeGraph.Rdf.Formats.Tests.Turtle;

public class TurtleReaderTests
{
    [Fact]
    public void Turtle_reads_a_as_rdf_type_and_numbers_and_booleans_with_their_datatypes()
    {
        var quads = ReadTurtle("@prefix ex: <http://example/> .\nex:s a ex:C ; ex:p 1, -2.50, 1e3, .5E-1, true, \"x\"@en-GB, 'y'^^ex:dt .");

        Assert.Equal(
            [
                Q(I("s"), RdfVocab.Type, I("C")),
                Q(I("s"), I("p"), Literal.Typed("1", Xsd.Integer)),
                Q(I("s"), I("p"), Literal.Typed("-2.50", Xsd.Decimal)),
                Q(I("s"), I("p"), Literal.Typed("1e3", Xsd.Double)),
                Q(I("s"), I("p"), Literal.Typed(".5E-1", Xsd.Double)),
                Q(I("s"), I("p"), Literal.Typed("true", Xsd.Boolean)),
                Q(I("s"), I("p"), Literal.LanguageTagged("x", "en-GB")),
                Q(I("s"), I("p"), Literal.Typed("y", I("dt"))),
            ],
            quads);
    }

    [Fact]
    public void Turtle_integer_before_the_final_dot_is_not_read_as_a_decimal()
    {
        var quads = ReadTurtle("<http://example/s> <http://example/p> 42.");

        Assert.Equal([Q(I("s"), I("p"), Literal.Typed("42", Xsd.Integer))], quads);
    }

    [Fact]
    public void Turtle_long_strings_keep_line_breaks_and_embedded_quotes()
    {
        var quads = ReadTurtle("<http://example/s> <http://example/p> \"\"\"a \"quoted\" \"\"b\"\"\nc\"\"\" .");

        Assert.Equal(Literal.Simple("a \"quoted\" \"\"b\"\"\nc"), quads.Single().Object);
    }

    [Fact]
    public void Turtle_string_escapes_and_uchar_in_iris_are_decoded()
    {
        var quads = ReadTurtle("<http://example/\\u00E9> <http://example/p> \"tab\\tquote\\\"\\U0001F600\" .");

        Assert.Equal(new Iri("http://example/é"), quads.Single().Subject);
        Assert.Equal(Literal.Simple("tab\tquote\"\U0001F600"), quads.Single().Object);
    }

    [Fact]
    public void Turtle_surrogate_escapes_are_errors_even_when_they_form_a_pair()
    {
        var error = ReadTurtleExpectingError("<http://example/s> <http://example/p> \"\\uD83C\\uDCA1\" .");

        Assert.Equal((1, 40, "\\uD83C"), (error.Line, error.Column, error.Token));
    }

    [Fact]
    public void Turtle_local_names_unescape_reserved_characters_keep_percent_escapes_and_end_before_a_final_dot()
    {
        var quads = ReadTurtle("@prefix ex: <http://example/> .\nex:a\\,b ex:c%20d ex:e.f:g.");

        Assert.Equal([Q(I("a,b"), I("c%20d"), I("e.f:g"))], quads);
    }

    [Fact]
    public void Turtle_resolves_relative_iris_against_the_base_option_and_later_base_directives()
    {
        var quads = ReadTurtle(
            "<a> <b> <#c> .\n@base <http://other/dir/> .\n<d> <../e> <> .\nBASE <sub/>\n<f> <g> <h> .",
            new RdfReaderOptions { BaseIri = "http://example/doc" });

        Assert.Equal(
            [
                Q(I("a"), I("b"), I("doc#c")),
                Q(new Iri("http://other/dir/d"), new Iri("http://other/e"), new Iri("http://other/dir/")),
                Q(new Iri("http://other/dir/sub/f"), new Iri("http://other/dir/sub/g"), new Iri("http://other/dir/sub/h")),
            ],
            quads);
    }

    [Fact]
    public void Turtle_the_same_token_means_a_new_iri_after_its_prefix_or_the_base_is_redeclared()
    {
        var quads = ReadTurtle(
            "@prefix ex: <http://one/> .\n@base <http://one/> .\nex:x <r> 1 .\n@prefix ex: <http://two/> .\n@base <http://two/> .\nex:x <r> 2 .");

        Assert.Equal(
            [(new Iri("http://one/x"), new Iri("http://one/r")), (new Iri("http://two/x"), new Iri("http://two/r"))],
            quads.Select(q => (q.Subject, (Term)q.Predicate)));
    }

    [Fact]
    public void Turtle_sparql_style_prefix_takes_no_dot_and_is_case_insensitive()
    {
        var quads = ReadTurtle("prefix ex: <http://example/>\nPrEfIx : <http://example/empty/>\nex:s :p ex:o .");

        Assert.Equal([Q(I("s"), new Iri("http://example/empty/p"), I("o"))], quads);
    }

    [Fact]
    public void Turtle_reports_each_prefix_and_base_declaration_resolved()
    {
        var prefixes = new List<(string, string)>();
        var bases = new List<string>();
        var options = new RdfReaderOptions
        {
            BaseIri = "http://example/doc",
            OnPrefix = (prefix, ns) => prefixes.Add((prefix, ns)),
            OnBase = bases.Add,
        };

        ReadTurtle("@prefix ex: <vocab#> .\n@base <dir/> .\nPREFIX : <x/>", options);

        Assert.Equal([("ex", "http://example/vocab#"), ("", "http://example/dir/x/")], prefixes);
        Assert.Equal(["http://example/dir/"], bases);
    }

    [Fact]
    public void Turtle_collections_and_property_lists_make_linked_blank_nodes()
    {
        var quads = ReadTurtle("<http://example/s> <http://example/p> ( 1 [ <http://example/q> 2 ] ) .");

        var listHead = quads.Single(q => q.Subject.Equals(I("s"))).Object;
        var second = quads.Single(q => q.Subject.Equals(listHead) && q.Predicate.Equals(RdfVocab.Rest)).Object;
        var inner = quads.Single(q => q.Subject.Equals(second) && q.Predicate.Equals(RdfVocab.First)).Object;
        Assert.Contains(Q(listHead, RdfVocab.First, Literal.Typed("1", Xsd.Integer)), quads);
        Assert.Contains(Q(second, RdfVocab.Rest, RdfVocab.Nil), quads);
        Assert.Contains(Q(inner, I("q"), Literal.Typed("2", Xsd.Integer)), quads);
        Assert.Equal(6, quads.Count);
    }

    [Fact]
    public void Turtle_empty_collection_is_rdf_nil()
    {
        var quads = ReadTurtle("<http://example/s> <http://example/p> () .");

        Assert.Equal([Q(I("s"), I("p"), RdfVocab.Nil)], quads);
    }

    [Fact]
    public void Turtle_blank_node_labels_are_shared_within_a_document_but_fresh_across_documents()
    {
        const string text = "_:x <http://example/p> _:x .";

        var first = ReadTurtle(text).Single();
        var second = ReadTurtle(text).Single();

        Assert.Equal(first.Subject, first.Object);
        Assert.NotEqual(first.Subject, second.Subject);
        Assert.NotEqual("x", ((BlankNode)first.Subject).Label);
    }

    [Fact]
    public void Turtle_reads_utf8_streams_with_a_byte_order_mark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("<http://example/s> <http://example/p> \"é\" .")];

        var quads = new TurtleReader().Read(new MemoryStream(bytes), RdfReaderOptions.Default).ToList();

        Assert.Equal([Q(I("s"), I("p"), Literal.Simple("é"))], quads);
    }

    [Fact]
    public void Turtle_yields_a_statement_before_reading_the_rest_of_the_input()
    {
        var input = new FirstChunkThenFailReader("<http://example/s> <http://example/p> <http://example/o> .\n");

        using var quads = new TurtleReader().Read(input, RdfReaderOptions.Default).GetEnumerator();

        Assert.True(quads.MoveNext());
        Assert.Equal(Q(I("s"), I("p"), I("o")), quads.Current);
        Assert.Throws<IOException>(() => quads.MoveNext());
    }

    [Fact]
    public void Turtle_reading_is_lazy_until_enumerated()
    {
        var input = new FirstChunkThenFailReader("");
        input.Fail = true;

        var quads = new TurtleReader().Read(input, RdfReaderOptions.Default);

        Assert.Throws<IOException>(() => quads.ToList());
    }

    /// <summary>Serves one chunk of text, then fails, so a test can tell whether the reader read ahead.</summary>
    private sealed class FirstChunkThenFailReader(string chunk) : TextReader
    {
        public bool Fail { get; set; }

        public override int Read(char[] buffer, int index, int count)
        {
            if (Fail)
            {
                throw new IOException("the reader read past the first statement");
            }
            Fail = true;
            chunk.CopyTo(0, buffer, index, chunk.Length);
            return chunk.Length;
        }

        public override int Read(Span<char> buffer) => throw new NotSupportedException();
    }
}
