namespace KnowledgeGraph.Sparql.Tests.Functions;

public sealed class DateTimeFunctionTests : FunctionTestBase
{
    private const string D1 = "\"2010-06-21T11:28:01Z\"^^xsd:dateTime";
    private const string D2 = "\"2010-12-21T15:38:02-08:00\"^^xsd:dateTime";
    private const string D3 = "\"2008-06-20T23:59:00Z\"^^xsd:dateTime";
    private const string D4 = "\"2011-02-01T01:02:03\"^^xsd:dateTime";

    // W3C year-01 ... seconds-01: components as written, not normalised to UTC.
    [Theory]
    [InlineData("YEAR", D1, "2010")]
    [InlineData("YEAR", D3, "2008")]
    [InlineData("MONTH", D2, "12")]
    [InlineData("MONTH", D4, "2")]
    [InlineData("DAY", D3, "20")]
    [InlineData("HOURS", D2, "15")]
    [InlineData("HOURS", D3, "23")]
    [InlineData("MINUTES", D1, "28")]
    [InlineData("MINUTES", D4, "2")]
    [InlineData("SECONDS", D1, "\"1\"^^xsd:decimal")]
    [InlineData("SECONDS", D3, "\"0\"^^xsd:decimal")]
    [InlineData("SECONDS", "\"2010-06-21T11:28:01.250Z\"^^xsd:dateTime", "\"1.25\"^^xsd:decimal")]
    [InlineData("YEAR", "\"-0044-03-15T12:00:00\"^^xsd:dateTime", "-44")]
    [InlineData("YEAR", "\"2004-02-29\"^^xsd:date", "2004")]
    public void Accessors_return_the_written_components(string function, string value, string expected) =>
        AssertResult(expected, function, value);

    // W3C timezone-01 and tz-01.
    [Theory]
    [InlineData(D1, "\"PT0S\"^^xsd:dayTimeDuration", "\"Z\"")]
    [InlineData(D2, "\"-PT8H\"^^xsd:dayTimeDuration", "\"-08:00\"")]
    [InlineData("\"2010-01-01T00:00:00+05:30\"^^xsd:dateTime", "\"PT5H30M\"^^xsd:dayTimeDuration", "\"+05:30\"")]
    [InlineData("\"2010-01-01T00:00:00+00:00\"^^xsd:dateTime", "\"PT0S\"^^xsd:dayTimeDuration", "\"+00:00\"")]
    public void Timezone_and_tz_describe_the_offset(string value, string timezone, string tz)
    {
        AssertResult(timezone, "TIMEZONE", value);
        AssertResult(tz, "TZ", value);
    }

    [Fact]
    public void Without_a_timezone_tz_is_empty_and_timezone_is_an_error()
    {
        AssertResult("\"\"", "TZ", D4);
        AssertError("TIMEZONE", D4);
    }

    [Theory]
    [InlineData("YEAR", "\"2010-06-21T11:28:01Z\"")]
    [InlineData("MONTH", "\"2010-13-21T11:28:01Z\"^^xsd:dateTime")]
    [InlineData("DAY", "\"2010-02-30T11:28:01Z\"^^xsd:dateTime")]
    [InlineData("HOURS", "\"2010-06-21T25:28:01Z\"^^xsd:dateTime")]
    [InlineData("HOURS", "\"2010-06-21\"^^xsd:date")]
    [InlineData("MINUTES", "1")]
    [InlineData("TZ", "\"2010-06-21T11:28:01+15:00\"^^xsd:dateTime")]
    public void Accessors_reject_anything_but_valid_date_times(string function, string value) => AssertError(function, value);

    [Fact]
    public void Now_returns_the_instant_of_the_context()
    {
        AssertResult("\"2026-11-25T10:30:15.25+01:00\"^^xsd:dateTime", "NOW");
        // NOW() is fixed for one execution: a second call returns the same instant, not a later one.
        var first = Call("NOW");
        Assert.Equal(first, Call("NOW"));
    }
}
