using KnowledgeGraph.Extraction.Citations;
using KnowledgeGraph.Extraction.Documents;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Tests.Entities;

public sealed class EntityExtractorRobustnessTests
{
    private static EntityGraph Extract(string text)
    {
        EssayDocument document = EssayReader.Read(new SourceText("odd.md", text));
        return EntityExtractor.Extract(document, CitationExtractor.Extract(document));
    }

    [Theory]
    [InlineData("# Only a title\n")]
    [InlineData("# T\n\nAn *unclosed italic and an \"unclosed quotation by Jane Roe.\n")]
    [InlineData("# T\n\n\"\" \"\" ( ) (X) Y (, ), and , and\n")]
    [InlineData("# T\n\nSmith said 😀 \"emoji 😀 are fine in a long quotation\" to Anna Berg.\n")]
    [InlineData("# T\n\nE. F. G. H. I.\n")]
    public void Odd_text_yields_entities_without_crashing(string text) =>
        Assert.NotNull(Extract(text));

    [Fact]
    public void Offsets_after_a_character_outside_the_basic_plane_count_code_points_in_the_rdf_and_code_units_in_spans()
    {
        const string text = "# T\n\n😀 Anna Berg wrote a letter to Carl Olsen.\n";
        ExtractedEntity anna = Assert.Single(Extract(text).Entities, e => e.Label == "Anna Berg");
        Assert.Equal("Anna Berg", text[anna.Mentions[0].Span.Start..anna.Mentions[0].Span.End]);
    }
}
