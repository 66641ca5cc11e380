namespace KnowledgeGraph.Sparql.Tests.Functions;

public sealed class ComparisonTests : FunctionTestBase
{
    /// <summary>Pairs of terms that <c>=</c> must call equal (shared with the equality-key tests).</summary>
    public static TheoryData<string, string> EqualPairs => new()
    {
        { "1", "\"01\"^^xsd:integer" },
        { "1", "1.0" },
        { "1", "1e0" },
        { "\"1\"^^xsd:byte", "1.0e0" },
        { "\"1.25\"^^xsd:float", "1.25" },
        { "\"abc\"", "\"abc\"^^xsd:string" },
        { "\"xyz\"@en", "\"xyz\"@EN" },
        { "true", "\"1\"^^xsd:boolean" },
        { "\"2002-04-02T12:00:00-01:00\"^^xsd:dateTime", "\"2002-04-02T17:00:00+04:00\"^^xsd:dateTime" },
        { "\"2005-04-04T24:00:00Z\"^^xsd:dateTime", "\"2005-04-05T00:00:00Z\"^^xsd:dateTime" },
        { "\"2004-12-25Z\"^^xsd:date", "\"2004-12-25+00:00\"^^xsd:date" },
        { "<http://example/a>", "<http://example/a>" },
        { "_:a", "_:a" },
        { "\"a\"^^<http://example/t>", "\"a\"^^<http://example/t>" },
        { "\"abc\"^^xsd:integer", "\"abc\"^^xsd:integer" },
        { "\"PT1H\"^^xsd:dayTimeDuration", "\"PT60M\"^^xsd:dayTimeDuration" },
        { "\"-P1DT0.5S\"^^xsd:dayTimeDuration", "\"-PT86400.5S\"^^xsd:dayTimeDuration" },
    };

    [Theory]
    [MemberData(nameof(EqualPairs))]
    public void Equal_values_are_equal(string left, string right)
    {
        Assert.True(IsTrue("=", left, right));
        Assert.False(IsTrue("!=", left, right));
    }

    [Theory]
    [InlineData("1", "2")]
    [InlineData("\"abc\"", "\"abd\"")]
    [InlineData("\"abc\"", "\"abc\"@en")]
    [InlineData("\"abc\"@en", "\"abc\"@fr")]
    [InlineData("\"1\"", "1")]
    [InlineData("<http://example/a>", "\"http://example/a\"")]
    [InlineData("<http://example/a>", "<http://example/b>")]
    [InlineData("_:a", "_:b")]
    [InlineData("\"a\"^^<http://example/t>", "<http://example/a>")]
    [InlineData("\"xyz\"@en", "\"xyz\"^^<http://example/unknown>")]
    [InlineData("\"NaN\"^^xsd:double", "\"NaN\"^^xsd:double")]
    [InlineData("true", "false")]
    [InlineData("\"2002-04-02T12:00:00Z\"^^xsd:dateTime", "\"2002-04-03T12:00:00\"^^xsd:dateTime")]
    public void Different_values_are_not_equal(string left, string right)
    {
        Assert.False(IsTrue("=", left, right));
        Assert.True(IsTrue("!=", left, right));
    }

    // W3C open-world open-eq-08 to -12: equality of unknown or ill-typed values cannot be decided.
    [Theory]
    [InlineData("\"a\"^^<http://example/t1>", "\"b\"^^<http://example/t1>")]
    [InlineData("\"a\"^^<http://example/t1>", "\"a\"^^<http://example/t2>")]
    [InlineData("\"a\"^^<http://example/t1>", "\"a\"")]
    [InlineData("\"xyz\"^^xsd:integer", "\"abc\"^^xsd:integer")]
    [InlineData("\"xyz\"^^xsd:integer", "1")]
    [InlineData("\"xyz\"^^xsd:integer", "\"abc\"")]
    [InlineData("\"xyz\"^^xsd:integer", "\"xyz\"")]
    [InlineData("\"2002-04-02T12:00:00Z\"^^xsd:dateTime", "\"2002-04-02T12:00:00\"^^xsd:dateTime")]
    public void Undecidable_equality_is_an_error(string left, string right)
    {
        AssertError("=", left, right);
        AssertError("!=", left, right);
    }

    [Theory]
    [InlineData("1", "2")]
    [InlineData("1", "1.5")]
    [InlineData("1.5", "2e0")]
    [InlineData("\"-INF\"^^xsd:double", "-99999999999999999")]
    [InlineData("\"abc\"", "\"abd\"")]
    [InlineData("\"ab\"", "\"abc\"")]
    [InlineData("\"Z\"", "\"a\"")]
    [InlineData("\"\uFFFD\"", "\"\U0001F600\"")]
    [InlineData("false", "true")]
    [InlineData("\"2002-04-02T12:00:00Z\"^^xsd:dateTime", "\"2002-04-02T12:00:01Z\"^^xsd:dateTime")]
    [InlineData("\"2002-04-02T12:00:00Z\"^^xsd:dateTime", "\"2002-04-03T12:00:00\"^^xsd:dateTime")]
    [InlineData("\"2002-04-02\"^^xsd:date", "\"2002-04-03\"^^xsd:date")]
    [InlineData("\"10:00:00\"^^xsd:time", "\"11:00:00\"^^xsd:time")]
    [InlineData("\"-PT8H\"^^xsd:dayTimeDuration", "\"PT0S\"^^xsd:dayTimeDuration")]
    public void Less_than_orders_values(string smaller, string larger)
    {
        Assert.True(IsTrue("<", smaller, larger));
        Assert.True(IsTrue("<=", smaller, larger));
        Assert.False(IsTrue(">", smaller, larger));
        Assert.False(IsTrue(">=", smaller, larger));
        Assert.True(IsTrue(">", larger, smaller));
    }

    [Theory]
    [InlineData("1", "1.0")]
    [InlineData("\"abc\"", "\"abc\"^^xsd:string")]
    public void Less_or_equal_holds_for_equal_values(string left, string right)
    {
        Assert.True(IsTrue("<=", left, right));
        Assert.True(IsTrue(">=", left, right));
        Assert.False(IsTrue("<", left, right));
    }

    [Theory]
    [InlineData("<")]
    [InlineData(">")]
    [InlineData("<=")]
    [InlineData(">=")]
    public void Every_ordering_with_NaN_is_false(string op) => Assert.False(IsTrue(op, "\"NaN\"^^xsd:double", "1"));

    [Theory]
    [InlineData("1", "\"1\"")]
    [InlineData("\"a\"@en", "\"b\"@en")]
    [InlineData("\"a\"", "\"b\"@en")]
    [InlineData("<http://example/a>", "<http://example/b>")]
    [InlineData("_:a", "_:b")]
    [InlineData("\"a\"^^<http://example/t>", "\"b\"^^<http://example/t>")]
    [InlineData("\"abc\"^^xsd:integer", "1")]
    [InlineData("true", "1")]
    [InlineData("\"2002-04-02T12:00:00Z\"^^xsd:dateTime", "\"2002-04-02T12:00:00\"^^xsd:dateTime")]
    [InlineData("\"2002-04-02T12:00:00Z\"^^xsd:dateTime", "\"2002-04-02\"^^xsd:date")]
    [InlineData("\"PT\"^^xsd:dayTimeDuration", "\"PT0S\"^^xsd:dayTimeDuration")]
    [InlineData("\"P1M\"^^xsd:dayTimeDuration", "\"PT0S\"^^xsd:dayTimeDuration")]
    public void Ordering_incomparable_terms_is_an_error(string left, string right) => AssertError("<", left, right);

    [Fact]
    public void Same_term_distinguishes_equal_values_with_different_forms()
    {
        Assert.True(IsTrue("=", "1", "1.0"));
        Assert.False(IsTrue("SAMETERM", "1", "1.0"));
        Assert.True(IsTrue("SAMETERM", "\"xyz\"@en", "\"xyz\"@EN"));
        Assert.False(IsTrue("SAMETERM", "\"a\"^^<http://example/t1>", "\"b\"^^<http://example/t1>"));
    }
}
