namespace KnowledgeGraph.Sparql.Tests.Functions;

// W3C boolean-effective-value data-1.ttl and section 17.2.2.
public sealed class EffectiveBooleanValueTests : FunctionTestBase
{
    [Theory]
    [InlineData("1")]
    [InlineData("\"foo\"")]
    [InlineData("\"foo\"@en")]
    [InlineData("\"0.01\"^^xsd:double")]
    [InlineData("true")]
    [InlineData("\"1\"^^xsd:boolean")]
    [InlineData("\"INF\"^^xsd:double")]
    [InlineData("-0.5")]
    public void These_are_true(string term) => Assert.True(Library.EffectiveBooleanValue(T(term)));

    [Theory]
    [InlineData("0")]
    [InlineData("\"0.0\"^^xsd:double")]
    [InlineData("\"\"")]
    [InlineData("\"\"^^xsd:string")]
    [InlineData("false")]
    [InlineData("\"0\"^^xsd:boolean")]
    [InlineData("\"NaN\"^^xsd:double")]
    [InlineData("0.0")]
    [InlineData("\"abc\"^^xsd:integer")]
    [InlineData("\"yes\"^^xsd:boolean")]
    public void These_are_false(string term) => Assert.False(Library.EffectiveBooleanValue(T(term)));

    [Theory]
    [InlineData("<http://example/a>")]
    [InlineData("_:b")]
    [InlineData("\"x\"^^<http://example/t>")]
    [InlineData("\"2002-10-10T17:00:00Z\"^^xsd:dateTime")]
    public void These_have_no_effective_boolean_value(string term) =>
        Assert.Throws<KnowledgeGraph.Sparql.Expressions.ExpressionErrorException>(() => Library.EffectiveBooleanValue(T(term)));
}
