using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Graphs;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.Tests.JsonLd;

public sealed class JsonLdRoundTripTests
{
    private const string Turtle = """
        @prefix schema: <http://schema.org/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        <http://example.org/alice> a schema:Person ;
            schema:name "Alice", "Alicia"@es ;
            schema:knows <http://example.org/bob>, [ schema:name "Carol" ] ;
            schema:birthDate "1990-01-01"^^xsd:date ;
            schema:height 1.7e0 ;
            schema:children ( <http://example.org/dan> <http://example.org/eve> ) .
        """;

    private const string Context = """
        {"@context": {
          "schema": "http://schema.org/",
          "name": "schema:name",
          "knows": {"@id": "schema:knows", "@type": "@id"},
          "Person": "schema:Person"
        }}
        """;

    private static List<Quad> ReadTurtle(string text) =>
        KnownRdfFormats.Turtle.CreateReader().Read(new StringReader(text), RdfReaderOptions.Default).ToList();

    private static string WriteJsonLd(IEnumerable<Quad> quads, string? context, RdfWriterOptions? options = null)
    {
        var output = new StringWriter();
        new JsonLdWriter(context).Write(quads, output, options ?? RdfWriterOptions.Default);
        return output.ToString();
    }

    [Fact]
    public void Turtle_written_as_compacted_json_ld_reads_back_isomorphic()
    {
        var original = ReadTurtle(Turtle);

        string json = WriteJsonLd(original, Context);
        var read = new JsonLdReader().Read(new StringReader(json), RdfReaderOptions.Default).ToList();

        Assert.True(Isomorphism.AreIsomorphic(original, read, out string reason), reason + "\n" + json);
    }

    [Fact]
    public void Json_ld_written_back_to_turtle_is_isomorphic_to_the_input()
    {
        var original = ReadTurtle(Turtle);
        string json = WriteJsonLd(original, Context);

        var output = new StringWriter();
        KnownRdfFormats.Turtle.CreateWriter().Write(new JsonLdReader().Read(new StringReader(json), RdfReaderOptions.Default), output, RdfWriterOptions.Default);

        Assert.True(Isomorphism.AreIsomorphic(original, ReadTurtle(output.ToString()), out string reason), reason);
    }

    [Fact]
    public void Compacted_output_uses_the_context_terms_rather_than_full_iris()
    {
        string json = WriteJsonLd(ReadTurtle(Turtle), Context);
        var document = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        var alice = document["@graph"]!.AsArray().Single(n => (string?)n!["@id"] == "http://example.org/alice")!.AsObject();

        Assert.Equal("@context", document.First().Key);
        Assert.Equal("Person", (string?)alice["@type"]);
        Assert.Contains("\"Alice\"", alice["name"]!.AsArray().Select(n => n!.ToJsonString()));
        Assert.NotNull(alice["knows"]);
        Assert.DoesNotContain("\"http://schema.org/name\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_context_the_writer_compacts_with_the_prefixes_it_is_given()
    {
        string json = WriteJsonLd(ReadTurtle(Turtle), null, RdfWriterOptions.Default with { Prefixes = [new("schema", "http://schema.org/")] });

        Assert.Contains("\"schema:name\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_graphs_survive_a_json_ld_round_trip()
    {
        var graph = new Iri("http://example.org/g");
        var quads = new List<Quad>
        {
            new(new Iri("http://example.org/s"), new Iri("http://example.org/p"), Literal.Simple("o"), graph),
            new(new Iri("http://example.org/s"), new Iri("http://example.org/p"), Literal.Simple("default"), null),
        };

        var read = new JsonLdReader().Read(new StringReader(WriteJsonLd(quads, null)), RdfReaderOptions.Default).ToList();

        Assert.True(Isomorphism.AreIsomorphic(quads, read, out string reason), reason);
    }

    [Theory]
    [InlineData("1.1", "1.1E0", "double")]
    [InlineData("5", "5", "integer")]
    [InlineData("5.0", "5", "integer")]
    [InlineData("1e21", "1.0E21", "double")]
    [InlineData("-0.000123", "-1.23E-4", "double")]
    [InlineData("true", "true", "boolean")]
    public void Json_numbers_and_booleans_become_canonical_xsd_literals(string json, string lexical, string datatype)
    {
        var quad = Assert.Single(JsonLdProcessor.ToRdf($$"""{"@id": "http://example.org/s", "http://example.org/p": {{json}}}"""));

        Assert.Equal(Literal.Typed(lexical, new Iri(Xsd.Namespace + datatype)), quad.Object);
    }

    [Fact]
    public void A_json_literal_is_canonicalized_with_sorted_keys()
    {
        const string json = """{"@context": {"data": {"@id": "http://example.org/data", "@type": "@json"}}, "@id": "http://example.org/s", "data": {"b": [1.0, 2.5e3, "x"], "a": null}}""";

        var quad = Assert.Single(JsonLdProcessor.ToRdf(json));

        Assert.Equal(Literal.Typed("""{"a":null,"b":[1,2500,"x"]}""", RdfVocab.Json), quad.Object);
    }

    [Fact]
    public void A_list_node_that_also_occurs_in_another_graph_keeps_its_identity()
    {
        var head = new BlankNode("head");
        var graph = new Iri("http://example.org/g");
        var quads = new List<Quad>
        {
            new(new Iri("http://example.org/s"), new Iri("http://example.org/p"), head, graph),
            new(head, RdfVocab.First, Literal.Simple("1"), graph),
            new(head, RdfVocab.Rest, RdfVocab.Nil, graph),
            new(head, new Iri("http://example.org/q"), Literal.Simple("elsewhere"), null),
        };

        var read = new JsonLdReader().Read(new StringReader(WriteJsonLd(quads, null)), RdfReaderOptions.Default).ToList();

        Assert.True(Isomorphism.AreIsomorphic(quads, read, out string reason), reason);
    }

    /// <summary>Found by the round-trip property: a list cell whose first element is itself was folded away with its data.</summary>
    [Fact]
    public void A_list_cell_that_holds_itself_survives_the_round_trip()
    {
        var written = ReadTurtle("""
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            _:c rdf:first _:c ; rdf:rest rdf:nil .
            <http://example.org/s> <http://example.org/p> ( <http://example.org/a> ) .
            """);
        var read = KnownRdfFormats.JsonLd.CreateReader().Read(new StringReader(WriteJsonLd(written, null)), RdfReaderOptions.Default).ToList();
        Assert.True(Isomorphism.Compare(written, read).IsIsomorphic);
    }
}
