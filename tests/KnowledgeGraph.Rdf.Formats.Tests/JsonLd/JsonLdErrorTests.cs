using KnowledgeGraph.Rdf.Formats.JsonLd;

namespace KnowledgeGraph.Rdf.Formats.Tests.JsonLd;

public sealed class JsonLdErrorTests
{
    private static JsonLdException ExpandExpectingError(string json) =>
        Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(json, JsonLdOptions.Default with { Base = "http://example.org/doc" }));

    [Fact]
    public void A_non_string_id_in_a_graph_is_reported_with_the_spec_code_and_its_json_path()
    {
        var error = ExpandExpectingError("""{"@graph": [{"@id": "a"}, {"@id": "b"}, {"@id": "c"}, {"@id": 5}]}""");

        Assert.Equal(JsonLdErrorCode.InvalidIdValue, error.Code);
        Assert.Equal("invalid @id value", error.Code);
        Assert.Equal("$.@graph[3].@id", error.JsonPath);
    }

    [Fact]
    public void An_invalid_vocab_mapping_points_into_the_context()
    {
        var error = ExpandExpectingError("""{"@context": {"@vocab": 5}, "name": "x"}""");

        Assert.Equal((JsonLdErrorCode.InvalidVocabMapping, "$.@context.@vocab"), (error.Code, error.JsonPath));
    }

    [Fact]
    public void An_invalid_term_definition_names_the_term_in_its_path()
    {
        var error = ExpandExpectingError("""{"@context": {"name": {"@id": "http://schema.org/name", "@container": "@bogus"}}}""");

        Assert.Equal((JsonLdErrorCode.InvalidContainerMapping, "$.@context.name.@container"), (error.Code, error.JsonPath));
    }

    [Fact]
    public void A_language_tagged_number_is_an_invalid_language_tagged_value()
    {
        var error = ExpandExpectingError("""{"http://example.org/p": [{"@value": 5, "@language": "en"}]}""");

        Assert.Equal((JsonLdErrorCode.InvalidLanguageTaggedValue, "$.http://example.org/p[0]"), (error.Code, error.JsonPath));
    }

    [Fact]
    public void Malformed_json_reports_line_and_column()
    {
        var error = ExpandExpectingError("{\n  \"a\": 1,\n  \"b\": }\n");

        Assert.Equal(JsonLdErrorCode.LoadingDocumentFailed, error.Code);
        Assert.Equal((3L, 8L), (error.Line, error.Column));
        Assert.Contains("line 3, column 8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reader_turns_malformed_json_into_a_syntax_error_with_its_position()
    {
        var reader = new JsonLdReader();

        var error = Assert.Throws<RdfSyntaxException>(() => reader.Read(new StringReader("[\n {\"@id\": \"http://a\"\n"), RdfReaderOptions.Default).ToList()).Error;

        Assert.Equal("JSON-LD", error.Format);
        Assert.Equal(3, error.Line);
        Assert.Contains("loading document failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lenient_reader_reports_invalid_json_ld_and_reads_nothing()
    {
        var errors = new List<RdfSyntaxError>();

        var quads = new JsonLdReader().Read(new StringReader("""{"@id": 5}"""), RdfReaderOptions.Default with { Lenient = true, OnError = errors.Add }).ToList();

        Assert.Empty(quads);
        Assert.Contains("invalid @id value at $.@id", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_nesting_depth_is_rejected_as_malformed_json_instead_of_overflowing_the_stack()
    {
        string deep = new string('[', 100_000) + new string(']', 100_000);

        var error = ExpandExpectingError(deep);

        Assert.Equal(JsonLdErrorCode.LoadingDocumentFailed, error.Code);
        Assert.Equal(1L, error.Line);
    }

    [Fact]
    public void Nesting_just_below_the_depth_limit_is_processed()
    {
        var json = new System.Text.StringBuilder();
        for (int i = 0; i < 250; i++)
        {
            json.Append("{\"http://example.org/p\": ");
        }
        json.Append("\"leaf\"").Append('}', 250);

        var quads = JsonLdProcessor.ToRdf(json.ToString());

        Assert.Equal(250, quads.Count);
    }
}
