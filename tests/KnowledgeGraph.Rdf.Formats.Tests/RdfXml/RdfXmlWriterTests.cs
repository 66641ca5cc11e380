using FsCheck;
using FsCheck.Xunit;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.RdfXml;
using KnowledgeGraph.Rdf.Terms;
using static KnowledgeGraph.Rdf.Formats.Tests.RdfXml.RdfXmlTestGraphs;

namespace KnowledgeGraph.Rdf.Formats.Tests.RdfXml;

public sealed class RdfXmlWriterTests
{
    private static readonly Iri S = new("http://example.org/s");
    private static readonly Iri P = new("http://example.org/p");

    [Fact]
    public void RdfXml_round_trip_keeps_literals_with_markup_and_whitespace()
    {
        Triple[] graph =
        [
            new(S, P, Literal.Simple("<b>bold</b> & \"quoted\" 'single' ]]> </rdf:RDF>")),
            new(S, P, Literal.Simple("  leading and trailing  ")),
            new(S, P, Literal.Simple("line\r\nbreaks\rand\ttabs\n")),
            new(S, P, Literal.Simple("")),
            new(S, P, Literal.Simple("   ")),
            new(S, P, Literal.Simple("non-ASCII: é 漢字 😀")),
            new(S, P, Literal.Typed("<x a='1'/>", new Iri(RdfNs + "XMLLiteral"))),
        ];

        Assert.True(Isomorphic(graph, RoundTrip(graph)));
    }

    [Fact]
    public void RdfXml_round_trip_keeps_language_tags_and_datatypes()
    {
        Triple[] graph =
        [
            new(S, P, Literal.LanguageTagged("colour", "en-GB")),
            new(S, P, Literal.LanguageTagged("", "fr")),
            new(S, P, Literal.Typed("1", new Iri("http://www.w3.org/2001/XMLSchema#integer"))),
            new(S, P, Literal.Typed("x", new Iri("http://example.org/type?a=1&b=<2>".Replace("<", "%3C").Replace(">", "%3E")))),
        ];

        Assert.True(Isomorphic(graph, RoundTrip(graph)));
    }

    [Fact]
    public void RdfXml_round_trip_keeps_blank_nodes_even_with_labels_that_are_not_xml_names()
    {
        var a = new BlankNode("1-not-an-ncname");
        var b = new BlankNode("b0");
        var c = new BlankNode("with.dots_and-dashes");
        Triple[] graph = [new(a, P, b), new(b, P, a), new(c, P, a), new(S, P, c), new(a, P, Literal.Simple("a"))];

        var back = RoundTrip(graph);

        Assert.True(Isomorphic(graph, back));
        Assert.Equal(3, back.SelectMany(t => new[] { t.Subject, t.Object }).OfType<BlankNode>().Distinct().Count());
    }

    [Fact]
    public void RdfXml_round_trip_keeps_iris_with_unusual_characters()
    {
        Triple[] graph =
        [
            new(new Iri("http://example.org/a&b'c?q=1#frag"), P, new Iri("urn:x-y:z/../w")),
            new(new Iri("http://例え.jp/パス"), new Iri("http://example.org/ns#prop-é"), new Iri("http://example.org/%20space")),
            new(S, new Iri("http://example.org/p/1a"), new Iri("mailto:someone@example.org")),
        ];

        Assert.True(Isomorphic(graph, RoundTrip(graph)));
    }

    [Fact]
    public void RdfXml_empty_graph_is_written_as_a_readable_empty_document()
    {
        string xml = Write([]);

        Assert.Empty(Read(xml));
        Assert.Contains("<rdf:RDF", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void RdfXml_writer_declares_given_prefixes_and_generates_the_others()
    {
        Triple[] graph =
        [
            new(S, new Iri("http://xmlns.com/foaf/0.1/name"), Literal.Simple("n")),
            new(S, new Iri("http://other.example/vocab#thing"), Literal.Simple("t")),
        ];
        var options = RdfWriterOptions.Default with
        {
            Prefixes = [new("foaf", "http://xmlns.com/foaf/0.1/"), new("unused", "http://unused.example/")],
        };

        string xml = Write(graph, options);

        Assert.Contains("xmlns:foaf=\"http://xmlns.com/foaf/0.1/\"", xml, StringComparison.Ordinal);
        Assert.Contains("<foaf:name>n</foaf:name>", xml, StringComparison.Ordinal);
        Assert.Contains("xmlns:ns0=\"http://other.example/vocab#\"", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("unused", xml, StringComparison.Ordinal);
        Assert.True(Isomorphic(graph, Read(xml)));
    }

    [Fact]
    public void RdfXml_writer_names_node_elements_after_a_type_and_keeps_the_other_types()
    {
        var type = new Iri(RdfNs + "type");
        Triple[] graph =
        [
            new(S, type, new Iri("http://example.org/Person")),
            new(S, type, new Iri("http://example.org/Agent")),
            new(S, type, Literal.Simple("not an IRI")),
            new(new Iri("http://example.org/t"), type, new Iri(RdfNs + "Description")),
            new(new Iri("http://example.org/u"), type, new Iri("http://example.org/123")),
        ];

        string xml = Write(graph);

        Assert.Contains("<ns0:Person rdf:about=\"http://example.org/s\">", xml, StringComparison.Ordinal);
        Assert.Contains("<rdf:Description rdf:about=\"http://example.org/t\">", xml, StringComparison.Ordinal);
        Assert.True(Isomorphic(graph, Read(xml)));
    }

    [Fact]
    public void RdfXml_writer_rejects_a_predicate_that_does_not_end_in_an_xml_name()
    {
        Triple[] graph = [new(S, new Iri("http://example.org/123"), Literal.Simple("x"))];

        var error = Assert.Throws<InvalidOperationException>(() => Write(graph));

        Assert.Contains("http://example.org/123", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RdfXml_writer_rejects_rdf_li_as_a_predicate_because_readers_would_renumber_it()
    {
        Triple[] graph = [new(S, new Iri(RdfNs + "li"), Literal.Simple("x"))];

        Assert.Throws<InvalidOperationException>(() => Write(graph));
    }

    [Fact]
    public void RdfXml_writer_rejects_a_quad_outside_the_default_graph()
    {
        var quads = new[] { new Quad(S, P, Literal.Simple("x"), new Iri("http://example.org/g")) };

        Assert.Throws<InvalidOperationException>(
            () => new RdfXmlWriter().Write(quads, new StringWriter(), RdfWriterOptions.Default));
    }

    [Fact]
    public void RdfXml_writer_rejects_characters_xml_cannot_carry()
    {
        Triple[] graph = [new(S, P, Literal.Simple("bell \u0007"))];

        Assert.Throws<InvalidOperationException>(() => Write(graph));
    }

    [Fact]
    public void RdfXml_canonical_output_is_the_same_whatever_the_input_order()
    {
        Triple[] graph =
        [
            new(new Iri("http://example.org/b"), P, Literal.Simple("2")),
            new(new Iri("http://example.org/a"), new Iri("http://example.org/q"), Literal.Simple("1")),
            new(new Iri("http://example.org/a"), P, Literal.Simple("1")),
        ];
        var options = RdfWriterOptions.Default with { Canonical = true };

        Assert.Equal(Write(graph, options), Write(graph.Reverse(), options));
    }

    [Property(MaxTest = 200)]
    public bool RdfXml_round_trip_keeps_any_xml_representable_lexical_form(NonNull<string> text, bool tagged)
    {
        string lexical = new(text.Get.Select(c => IsXmlChar(c) ? c : '?').ToArray());
        Literal literal = tagged ? Literal.LanguageTagged(lexical, "en") : Literal.Simple(lexical);
        Triple[] graph = [new(S, P, literal)];

        return RoundTrip(graph).SequenceEqual(graph);
    }

    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
