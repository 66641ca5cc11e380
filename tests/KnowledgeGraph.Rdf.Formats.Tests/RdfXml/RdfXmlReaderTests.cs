using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.RdfXml;
using KnowledgeGraph.Rdf.Terms;
using static KnowledgeGraph.Rdf.Formats.Tests.RdfXml.RdfXmlTestGraphs;

namespace KnowledgeGraph.Rdf.Formats.Tests.RdfXml;

public sealed class RdfXmlReaderTests
{
    private static readonly Iri S = new("http://example.org/s");
    private static readonly Iri P = new("http://example.org/p");

    [Fact]
    public void RdfXml_property_forms_give_literal_resource_and_blank_node_objects()
    {
        var triples = Read(Document("""
            <rdf:Description rdf:about="http://example.org/s">
              <ex:p>plain</ex:p>
              <ex:p xml:lang="en-GB">tagged</ex:p>
              <ex:p rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">7</ex:p>
              <ex:p rdf:resource="http://example.org/o"/>
              <ex:p rdf:nodeID="n1"/>
            </rdf:Description>
            """));

        Assert.Equal(5, triples.Count);
        Assert.Contains(new Triple(S, P, Literal.Simple("plain")), triples);
        Assert.Contains(new Triple(S, P, Literal.LanguageTagged("tagged", "en-gb")), triples);
        Assert.Contains(new Triple(S, P, Literal.Typed("7", new Iri("http://www.w3.org/2001/XMLSchema#integer"))), triples);
        Assert.Contains(new Triple(S, P, new Iri("http://example.org/o")), triples);
        Assert.Single(triples, t => t.Object is BlankNode);
    }

    [Fact]
    public void RdfXml_li_elements_are_numbered_per_node_element()
    {
        var triples = Read(Document("""
            <rdf:Seq rdf:about="http://example.org/s"><rdf:li>a</rdf:li><rdf:li>b</rdf:li></rdf:Seq>
            <rdf:Bag rdf:about="http://example.org/t"><rdf:li>c</rdf:li></rdf:Bag>
            """));

        Assert.Contains(new Triple(S, new Iri(RdfNs + "_2"), Literal.Simple("b")), triples);
        Assert.Contains(new Triple(new Iri("http://example.org/t"), new Iri(RdfNs + "_1"), Literal.Simple("c")), triples);
    }

    [Fact]
    public void RdfXml_collection_becomes_an_rdf_list_and_rdf_id_reifies_the_statement()
    {
        var triples = Read(Document("""
            <rdf:Description rdf:about="http://example.org/s">
              <ex:p rdf:ID="r" rdf:parseType="Collection"><rdf:Description rdf:about="http://example.org/a"/><rdf:Description rdf:about="http://example.org/b"/></ex:p>
            </rdf:Description>
            """), RdfReaderOptions.Default with { BaseIri = "http://example.org/doc" });

        var head = Assert.Single(triples, t => t.Subject.Equals(S) && t.Predicate.Equals(P)).Object;
        var second = Assert.Single(triples, t => t.Subject.Equals(head) && t.Predicate.Value == RdfNs + "rest").Object;
        Assert.Contains(new Triple(head, new Iri(RdfNs + "first"), new Iri("http://example.org/a")), triples);
        Assert.Contains(new Triple(second, new Iri(RdfNs + "first"), new Iri("http://example.org/b")), triples);
        Assert.Contains(new Triple(second, new Iri(RdfNs + "rest"), new Iri(RdfNs + "nil")), triples);
        Assert.Contains(new Triple(new Iri("http://example.org/doc#r"), new Iri(RdfNs + "object"), head), triples);
        Assert.Equal(9, triples.Count);
    }

    [Fact]
    public void RdfXml_parse_type_resource_describes_a_new_blank_node()
    {
        var triples = Read(Document("""
            <rdf:Description rdf:about="http://example.org/s">
              <ex:p rdf:parseType="Resource"><ex:q xml:lang="de">Wert</ex:q></ex:p>
            </rdf:Description>
            """));

        var node = Assert.IsType<BlankNode>(Assert.Single(triples, t => t.Subject.Equals(S)).Object);
        Assert.Contains(new Triple(node, new Iri("http://example.org/q"), Literal.LanguageTagged("Wert", "de")), triples);
    }

    [Fact]
    public void RdfXml_stream_input_skips_a_utf8_byte_order_mark()
    {
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(
            Document("<rdf:Description rdf:about=\"http://example.org/s\"><ex:p>été</ex:p></rdf:Description>"))];

        var quad = Assert.Single(new RdfXmlReader().Read(new MemoryStream(bytes), RdfReaderOptions.Default));

        Assert.Equal(Literal.Simple("été"), quad.Object);
        Assert.True(quad.IsInDefaultGraph);
    }

    [Fact]
    public void RdfXml_relative_iris_resolve_against_xml_base_and_the_document_base()
    {
        var triples = Read(Document("""
            <rdf:Description rdf:about="a"><ex:p rdf:resource="b" xml:base="http://other.example/dir/"/></rdf:Description>
            """), RdfReaderOptions.Default with { BaseIri = "http://example.org/doc" });

        Assert.Equal(new Triple(new Iri("http://example.org/a"), P, new Iri("http://other.example/dir/b")), Assert.Single(triples));
    }

    [Fact]
    public void RdfXml_relative_iri_without_any_base_is_a_syntax_error()
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Read(Document("<rdf:Description rdf:about=\"a\"/>")));

        Assert.Contains("base", error.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RdfXml_node_ids_are_scoped_to_one_document()
    {
        string xml = Document("<rdf:Description rdf:nodeID=\"x\"><ex:p>v</ex:p></rdf:Description>");

        var first = Assert.Single(Read(xml));
        var second = Assert.Single(Read(xml));

        Assert.NotEqual(first.Subject, second.Subject);
    }

    [Fact]
    public void RdfXml_error_reports_line_column_and_token_of_the_offending_attribute()
    {
        string xml = Document("""
            <rdf:Description rdf:about="http://example.org/s">
              <ex:p rdf:resource="http://example.org/o" rdf:nodeID="n"/>
            </rdf:Description>
            """);

        var error = Assert.Throws<RdfSyntaxException>(() => Read(xml)).Error;

        Assert.Equal("RDF/XML", error.Format);
        Assert.Equal(3, error.Line);
        Assert.Equal(45, error.Column);
        Assert.Equal("rdf:nodeID", error.Token);
    }

    [Fact]
    public void RdfXml_error_on_a_forbidden_element_name_points_at_its_start_tag()
    {
        string xml = Document("""
            <rdf:Description rdf:about="http://example.org/s">
                <rdf:Description/>
            </rdf:Description>
            """);

        var error = Assert.Throws<RdfSyntaxException>(() => Read(xml)).Error;

        Assert.Equal((3, 5, "rdf:Description"), (error.Line, error.Column, error.Token));
    }

    [Fact]
    public void RdfXml_malformed_xml_reports_the_xml_parser_position()
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Read(Document("<rdf:Description>\n</ex:wrong>"))).Error;

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void RdfXml_duplicate_rdf_id_is_rejected()
    {
        string xml = Document("""
            <rdf:Description rdf:ID="x"/>
            <rdf:Description rdf:ID="x"/>
            """);

        var error = Assert.Throws<RdfSyntaxException>(
            () => Read(xml, RdfReaderOptions.Default with { BaseIri = "http://example.org/doc" })).Error;

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void RdfXml_lenient_mode_reports_bad_elements_and_keeps_the_good_ones()
    {
        string xml = Document("""
            <rdf:Description rdf:about="http://example.org/s">
              <ex:p>before</ex:p>
              <ex:p rdf:parseType="Resource" rdf:resource="http://example.org/bad"><ex:q>skipped</ex:q></ex:p>
              <ex:p>after</ex:p>
            </rdf:Description>
            <rdf:li>bad node</rdf:li>
            <rdf:Description rdf:about="http://example.org/t"><ex:p>last</ex:p></rdf:Description>
            """);
        var errors = new List<RdfSyntaxError>();

        var triples = Read(xml, RdfReaderOptions.Default with { Lenient = true, OnError = errors.Add });

        Assert.Equal(["before", "after", "last"], triples.Select(t => ((Literal)t.Object).LexicalForm));
        Assert.Equal([4, 7], errors.Select(e => e.Line));
    }

    [Fact]
    public void RdfXml_lenient_mode_drops_a_property_whose_object_node_is_bad()
    {
        string xml = Document("""
            <rdf:Description rdf:about="http://example.org/s">
              <ex:p><rdf:li rdf:about="http://example.org/o"><ex:q>inner</ex:q></rdf:li></ex:p>
              <ex:p><ex:Thing rdf:about="http://example.org/o"/></ex:p>
              <ex:p><rdf:li/></ex:p>
            </rdf:Description>
            """);
        var errors = new List<RdfSyntaxError>();

        var triples = Read(xml, RdfReaderOptions.Default with { Lenient = true, OnError = errors.Add });

        Assert.Equal(2, errors.Count);
        Assert.Equal(2, triples.Count);
        Assert.Contains(new Triple(S, P, new Iri("http://example.org/o")), triples);
        Assert.DoesNotContain(triples, t => t.Object is Literal);
    }

    [Fact]
    public void RdfXml_lenient_mode_stops_at_malformed_xml_after_reporting_it()
    {
        string xml = Document("<rdf:Description rdf:about=\"http://example.org/s\"><ex:p>ok</ex:p></rdf:Description>\n<broken");
        var errors = new List<RdfSyntaxError>();

        var triples = Read(xml, RdfReaderOptions.Default with { Lenient = true, OnError = errors.Add });

        Assert.Single(triples);
        Assert.Single(errors);
    }

    [Fact]
    public void RdfXml_reader_yields_statements_before_reading_the_whole_input()
    {
        using var input = new EndlessRdfXmlReader();

        var firstThree = new RdfXmlReader().Read(input, RdfReaderOptions.Default).Take(3).ToList();

        Assert.Equal(3, firstThree.Count);
        Assert.True(input.CharactersServed < 100_000);
    }

    [Fact]
    public void RdfXml_xml_literal_is_exclusive_canonical_xml()
    {
        var triple = Assert.Single(Read("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/" xmlns:h="http://h/">
              <rdf:Description rdf:about="http://example.org/s"><ex:p rdf:parseType="Literal"><h:a z="1" h:y='"' ex:x="&#10;"/><!-- gone -->x &gt; y</ex:p></rdf:Description>
            </rdf:RDF>
            """));

        var literal = Assert.IsType<Literal>(triple.Object);
        Assert.Equal(RdfNs + "XMLLiteral", literal.Datatype.Value);
        Assert.Equal("<h:a xmlns:ex=\"http://example.org/\" xmlns:h=\"http://h/\" z=\"1\" ex:x=\"&#xA;\" h:y=\"&quot;\"></h:a>x &gt; y", literal.LexicalForm);
    }

    /// <summary>An RDF/XML document that never ends, and counts how much of it was read.</summary>
    private sealed class EndlessRdfXmlReader : TextReader
    {
        private const string Head = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">\n";
        private const string Item = "<rdf:Description rdf:about=\"http://example.org/s\"><ex:p>v</ex:p></rdf:Description>\n";
        private string _pending = Head;

        public long CharactersServed { get; private set; }

        public override int Read(char[] buffer, int index, int count)
        {
            if (_pending.Length == 0)
            {
                _pending = Item;
            }
            int n = Math.Min(count, _pending.Length);
            _pending.CopyTo(0, buffer, index, n);
            _pending = _pending[n..];
            CharactersServed += n;
            return n;
        }

        public override int Read(Span<char> buffer)
        {
            char[] chunk = new char[buffer.Length];
            int n = Read(chunk, 0, chunk.Length);
            chunk.AsSpan(0, n).CopyTo(buffer);
            return n;
        }

        public override int Peek() => -1;

        public override int Read()
        {
            char[] one = new char[1];
            return Read(one, 0, 1) == 0 ? -1 : one[0];
        }
    }
}
