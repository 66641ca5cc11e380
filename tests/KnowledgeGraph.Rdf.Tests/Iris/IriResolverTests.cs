using KnowledgeGraph.Rdf.Iris;

namespace KnowledgeGraph.Rdf.Tests.Iris;

public sealed class IriResolverTests
{
    private const string Base = "http://a/b/c/d;p?q";

    // RFC 3986 section 5.4.1 (normal) and 5.4.2 (abnormal) examples.
    [Theory]
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData("g?y#s", "http://a/b/c/g?y#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("g;x", "http://a/b/c/g;x")]
    [InlineData("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("../../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData(".g", "http://a/b/c/.g")]
    [InlineData("g..", "http://a/b/c/g..")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("./g/.", "http://a/b/c/g/")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/./y", "http://a/b/c/g;x=1/y")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g?y/./x", "http://a/b/c/g?y/./x")]
    [InlineData("g?y/../x", "http://a/b/c/g?y/../x")]
    [InlineData("g#s/./x", "http://a/b/c/g#s/./x")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    [InlineData("http:g", "http:g")]
    public void Rfc3986_examples_resolve_as_the_rfc_says(string reference, string expected) =>
        Assert.Equal(expected, IriResolver.Resolve(Base, reference));

    [Fact]
    public void Empty_reference_drops_the_base_fragment() =>
        Assert.Equal("http://a/b?q", IriResolver.Resolve("http://a/b?q#frag", ""));

    [Fact]
    public void Base_with_authority_and_empty_path_gets_a_slash_before_a_relative_path() =>
        Assert.Equal("http://example.org/x", IriResolver.Resolve("http://example.org", "x"));

    [Fact]
    public void Resolution_does_not_normalise_case_or_percent_encoding() =>
        Assert.Equal("HTTP://Example.ORG/%7e/A", IriResolver.Resolve("HTTP://Example.ORG/%7e/", "A"));

    [Fact]
    public void Base_without_authority_such_as_urn_resolves_fragment_and_path() =>
        Assert.Equal("urn:isbn:123#x", IriResolver.Resolve("urn:isbn:123", "#x"));
}
