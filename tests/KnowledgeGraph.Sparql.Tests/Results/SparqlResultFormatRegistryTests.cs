using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

public class SparqlResultFormatRegistryTests
{
    private static readonly SparqlResultFormatRegistry Registry = SparqlResultFormatRegistry.Default;

    [Theory]
    [InlineData("application/sparql-results+json", "srj")]
    [InlineData("application/sparql-results+xml; charset=utf-8", "srx")]
    [InlineData("text/csv", "csv")]
    [InlineData("Text/Tab-Separated-Values", "tsv")]
    public void Formats_are_found_by_media_type(string mediaType, string extension) =>
        Assert.Equal(extension, Registry.FindByMediaType(mediaType)?.Extension);

    [Theory]
    [InlineData("results/q1.srj", "application/sparql-results+json")]
    [InlineData("Q1.SRX", "application/sparql-results+xml")]
    [InlineData("out.csv", "text/csv")]
    [InlineData("out.tsv", "text/tab-separated-values")]
    public void Formats_are_found_by_file_name(string fileName, string mediaType) =>
        Assert.Equal(mediaType, Registry.FindByFileName(fileName)?.MediaType);

    [Theory]
    [InlineData("json", "srj")]
    [InlineData("xml", "srx")]
    [InlineData("SPARQL Results TSV", "tsv")]
    public void Formats_are_found_by_name(string name, string extension) =>
        Assert.Equal(extension, Registry.FindByName(name)?.Extension);

    [Fact]
    public void Unknown_formats_are_not_found()
    {
        Assert.Null(Registry.FindByMediaType("text/turtle"));
        Assert.Null(Registry.FindByFileName("data.ttl"));
        Assert.Null(Registry.FindByFileName("noextension"));
    }

    [Fact]
    public void Only_json_and_xml_carry_ask_results() =>
        Assert.Equal(["srj", "srx"], Registry.Formats.Where(f => f.SupportsBoolean).Select(f => f.Extension));
}
