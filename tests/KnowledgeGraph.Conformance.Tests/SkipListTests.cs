using KnowledgeGraph.Conformance;

namespace KnowledgeGraph.Conformance.Tests;

public sealed class SkipListTests
{
    [Fact]
    public void Skip_list_parses_keys_and_reasons_and_ignores_comments()
    {
        var skips = SkipList.Parse("# comment\nrdf11/rdf-xml/manifest.ttl#x\tneeds network\n\n");
        Assert.Equal("needs network", skips.ReasonFor("rdf11/rdf-xml/manifest.ttl#x"));
        Assert.Single(skips.Entries);
    }

    [Fact]
    public void Skip_list_line_without_reason_is_rejected_with_its_line_number()
    {
        var error = Assert.Throws<FormatException>(() => SkipList.Parse("# c\nrdf11/x/manifest.ttl#y\n"));
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void Every_skip_list_entry_has_a_reason() =>
        Assert.All(SkipList.Default.Entries, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value)));
}
