namespace KnowledgeGraph.Sparql.Tests.Functions;

// Cases from the W3C sparql11/cast tests (data.ttl with cast-*.srx), compared by value where the expected files
// disagree among themselves about lexical forms.
public sealed class CastTests : FunctionTestBase
{
    private const string X = "http://www.w3.org/2001/XMLSchema#";

    [Theory]
    [InlineData("<http://example.org/z>", "\"http://example.org/z\"")]
    [InlineData("\"+33.3300\"", "\"+33.3300\"")]
    [InlineData("true", "\"true\"")]
    [InlineData("\"0\"^^xsd:boolean", "\"false\"")]
    [InlineData("\"01\"^^xsd:integer", "\"1\"")]
    [InlineData("1.0", "\"1\"")]
    [InlineData("-2.50", "\"-2.5\"")]
    [InlineData("0E1", "\"0\"")]
    [InlineData("1E0", "\"1\"")]
    [InlineData("\"-7.875\"^^xsd:float", "\"-7.875\"")]
    [InlineData("1e7", "\"1.0E7\"")]
    [InlineData("1.5e-7", "\"1.5E-7\"")]
    [InlineData("123456.5e0", "\"123456.5\"")]
    [InlineData("\"-INF\"^^xsd:double", "\"-INF\"")]
    [InlineData("\"2002-10-10T17:00:00Z\"^^xsd:dateTime", "\"2002-10-10T17:00:00Z\"")]
    public void Casting_to_string_writes_canonical_forms(string value, string expected) => AssertResult(expected, X + "string", value);

    [Theory]
    [InlineData("\"0\"", "false")]
    [InlineData("\"1\"", "true")]
    [InlineData("\"false\"", "false")]
    [InlineData("\"true\"", "true")]
    [InlineData("\"0\"^^xsd:boolean", "false")]
    [InlineData("0", "false")]
    [InlineData("-1", "true")]
    [InlineData("0.0", "false")]
    [InlineData("0E1", "false")]
    [InlineData("\"1.25\"^^xsd:float", "true")]
    [InlineData("\"NaN\"^^xsd:double", "false")]
    public void Casting_to_boolean_follows_XPath(string value, string expected) => AssertResult(expected, X + "boolean", value);

    [Theory]
    [InlineData("\"string\"")]
    [InlineData("\"-10.2E3\"")]
    [InlineData("\"0.0\"")]
    [InlineData("\"TRUE\"")]
    [InlineData("<http://example.org/z>")]
    [InlineData("\"true\"@en")]
    public void Casting_invalid_values_to_boolean_is_an_error(string value) => AssertError(X + "boolean", value);

    [Theory]
    [InlineData("\"0\"", "0")]
    [InlineData("\"13\"", "13")]
    [InlineData("\" 13 \"", "13")]
    [InlineData("true", "1")]
    [InlineData("\"0\"^^xsd:boolean", "0")]
    [InlineData("-1.0", "-1")]
    [InlineData("2.5", "2")]
    [InlineData("-2.5", "-2")]
    [InlineData("\"1.25\"^^xsd:float", "1")]
    [InlineData("\"-7.875\"^^xsd:float", "-7")]
    [InlineData("1E0", "1")]
    public void Casting_to_integer_truncates_numbers_and_parses_strings(string value, string expected) =>
        AssertResult(expected, X + "integer", value);

    [Theory]
    [InlineData("\"1.5\"")]
    [InlineData("\"1E0\"")]
    [InlineData("\"+33.3300\"")]
    [InlineData("\"2002-10-10T17:00:00Z\"")]
    [InlineData("\"NaN\"^^xsd:double")]
    [InlineData("\"INF\"^^xsd:float")]
    [InlineData("\"abc\"^^xsd:integer")]
    public void Casting_non_integers_to_integer_is_an_error(string value) => AssertError(X + "integer", value);

    [Theory]
    [InlineData("\"+33.3300\"", "\"33.33\"^^xsd:decimal")]
    [InlineData("\"1\"", "\"1.0\"^^xsd:decimal")]
    [InlineData("\"0\"", "\"0.0\"^^xsd:decimal")]
    [InlineData("true", "\"1.0\"^^xsd:decimal")]
    [InlineData("1", "\"1.0\"^^xsd:decimal")]
    [InlineData("\"-7.875\"^^xsd:float", "\"-7.875\"^^xsd:decimal")]
    [InlineData("0.1e0", "\"0.1\"^^xsd:decimal")]
    public void Casting_to_decimal_gives_canonical_decimals(string value, string expected) => AssertResult(expected, X + "decimal", value);

    [Theory]
    [InlineData("\"-10.2E3\"")]
    [InlineData("\"1E0\"")]
    [InlineData("\"string\"")]
    [InlineData("\"INF\"^^xsd:double")]
    public void Casting_non_decimals_to_decimal_is_an_error(string value) => AssertError(X + "decimal", value);

    [Theory]
    [InlineData("\"-10.2E3\"", "\"-1.02E4\"^^xsd:double")]
    [InlineData("\"+33.3300\"", "\"3.333E1\"^^xsd:double")]
    [InlineData("\"0.0\"", "\"0.0E0\"^^xsd:double")]
    [InlineData("\"1.5\"", "\"1.5E0\"^^xsd:double")]
    [InlineData("\"13\"", "\"1.3E1\"^^xsd:double")]
    [InlineData("true", "\"1.0E0\"^^xsd:double")]
    [InlineData("\"INF\"", "\"INF\"^^xsd:double")]
    [InlineData("-1", "\"-1.0E0\"^^xsd:double")]
    [InlineData("\"-7.875\"^^xsd:float", "\"-7.875E0\"^^xsd:double")]
    public void Casting_to_double_gives_canonical_doubles(string value, string expected) => AssertResult(expected, X + "double", value);

    [Theory]
    [InlineData("\"-10.2E3\"", "\"-1.02E4\"^^xsd:float")]
    [InlineData("\"0.1\"", "\"1.0E-1\"^^xsd:float")]
    [InlineData("0.1e0", "\"1.0E-1\"^^xsd:float")]
    [InlineData("2.5", "\"2.5E0\"^^xsd:float")]
    public void Casting_to_float_rounds_to_single_precision(string value, string expected) => AssertResult(expected, X + "float", value);

    [Theory]
    [InlineData("\"2002-10-10T17:00:00Z\"", "dateTime", "\"2002-10-10T17:00:00Z\"^^xsd:dateTime")]
    [InlineData("\"2002-10-10T17:00:00-05:00\"^^xsd:dateTime", "date", "\"2002-10-10-05:00\"^^xsd:date")]
    [InlineData("\"2002-10-10T17:00:00\"^^xsd:dateTime", "time", "\"17:00:00\"^^<http://www.w3.org/2001/XMLSchema#time>")]
    [InlineData("\"2002-10-10\"", "date", "\"2002-10-10\"^^xsd:date")]
    [InlineData("\"2002-10-10\"^^xsd:date", "dateTime", "\"2002-10-10T00:00:00\"^^xsd:dateTime")]
    [InlineData("\"2002-10-10-05:00\"^^xsd:date", "dateTime", "\"2002-10-10T00:00:00-05:00\"^^xsd:dateTime")]
    public void Casting_to_date_time_types_parses_or_extracts(string value, string type, string expected) =>
        AssertResult(expected, X + type, value);

    [Theory]
    [InlineData("\"2002-10-10\"", "dateTime")]
    [InlineData("\"yesterday\"", "date")]
    [InlineData("1", "dateTime")]
    public void Casting_non_dates_to_date_time_types_is_an_error(string value, string type) => AssertError(X + type, value);

    [Theory]
    [InlineData("byte", "\"127\"", "\"127\"^^xsd:byte")]
    [InlineData("unsignedByte", "255", "\"255\"^^xsd:unsignedByte")]
    [InlineData("int", "1.9", "\"1\"^^xsd:int")]
    [InlineData("nonNegativeInteger", "\"0\"", "\"0\"^^xsd:nonNegativeInteger")]
    public void Casting_to_derived_integer_types_checks_their_range(string type, string value, string expected) =>
        AssertResult(expected, X + type, value);

    [Theory]
    [InlineData("byte", "128")]
    [InlineData("unsignedByte", "-1")]
    [InlineData("positiveInteger", "0")]
    [InlineData("negativeInteger", "\"0\"")]
    public void Casting_out_of_range_to_derived_integer_types_is_an_error(string type, string value) => AssertError(X + type, value);

    [Fact]
    public void Casting_a_blank_node_is_an_error() => AssertError(X + "string", "_:b");

    [Fact]
    public void Unknown_cast_targets_are_not_known_functions()
    {
        Assert.False(Library.IsKnown(X + "gMonthDay"));
        Assert.True(Library.IsKnown(X + "unsignedShort"));
        Assert.Throws<NotSupportedException>(() => Call(X + "gMonthDay", "\"--12-25\""));
    }
}
