using KnowledgeGraph.Server.Negotiation;

namespace KnowledgeGraph.Server.Tests;

public sealed class ContentNegotiatorTests
{
    private static readonly string[] Offered = ["text/turtle", "text/html", "application/n-triples", "application/rdf+xml"];

    [Theory]
    [InlineData(null, "text/turtle")]
    [InlineData("", "text/turtle")]
    [InlineData("*/*", "text/turtle")]
    [InlineData("*", "text/turtle")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html")]
    [InlineData("application/rdf+xml", "application/rdf+xml")]
    [InlineData("application/n-triples;q=0.5, text/turtle;q=0.4", "application/n-triples")]
    [InlineData("text/*", "text/turtle")]
    [InlineData("text/*;q=0.5, text/html", "text/html")]
    [InlineData("TEXT/HTML", "text/html")]
    [InlineData("text/turtle;charset=utf-8", "text/turtle")]
    [InlineData("*/*;q=0.1, text/turtle;q=0", "text/html")]
    [InlineData("garbage, text/html", "text/html")]
    public void Chooses_the_offer_the_client_weighs_highest(string? accept, string expected)
    {
        Assert.Equal(expected, ContentNegotiator.Choose(accept, Offered));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/turtle;q=0, text/html;q=0, application/n-triples;q=0, application/rdf+xml;q=0")]
    [InlineData("image/*")]
    public void Returns_null_when_nothing_offered_is_acceptable(string accept)
    {
        Assert.Null(ContentNegotiator.Choose(accept, Offered));
    }

    [Fact]
    public void A_more_specific_range_overrides_a_wildcard_even_with_a_lower_weight()
    {
        var ranges = MediaRange.ParseList("text/*;q=0.9, text/html;q=0.2");
        Assert.Equal(0.2, ContentNegotiator.WeightOf("text/html", ranges));
        Assert.Equal(0.9, ContentNegotiator.WeightOf("text/turtle", ranges));
    }

    [Fact]
    public void An_unreadable_weight_counts_as_one_and_weights_are_clamped()
    {
        Assert.Equal(1, MediaRange.ParseList("text/html;q=abc")[0].Quality);
        Assert.Equal(1, MediaRange.ParseList("text/html;q=7")[0].Quality);
    }
}
