using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Tests.Iris;

public sealed class IriSyntaxTests
{
    [Theory]
    [InlineData("http://example.org/a")]
    [InlineData("urn:x")]
    [InlineData("file:///tmp/a%20b")]
    [InlineData("http://例え.jp/ü")]
    public void Absolute_iris_are_accepted(string value) => Assert.True(IriSyntax.IsAbsolute(value));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("relative/path", "no scheme")]
    [InlineData("1http://a", "no scheme")]
    [InlineData("http://a b", "U+0020")]
    [InlineData("http://a/<b>", "'<'")]
    [InlineData("http://a/{b}", "'{'")]
    public void Invalid_iris_are_rejected_with_the_reason(string value, string reasonFragment) =>
        Assert.Contains(reasonFragment, IriSyntax.FindProblem(value));

    [Fact]
    public void Iri_constructor_rejects_relative_references()
    {
        var error = Assert.Throws<ArgumentException>(() => new Iri("foo/bar"));
        Assert.Contains("no scheme", error.Message);
    }
}
