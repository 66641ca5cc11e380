namespace KnowledgeGraph.Sparql.Tests.Functions;

public sealed class StringFunctionTests : FunctionTestBase
{
    [Theory]
    [InlineData("\"foo\"", "3")]
    [InlineData("\"食べ物\"", "3")]
    [InlineData("\"\"@en", "0")]
    [InlineData("\"\U0001D400\U0001D401\"", "2")]
    public void Strlen_counts_code_points(string text, string expected) => AssertResult(expected, "STRLEN", text);

    [Fact]
    public void Strlen_counts_astral_characters_once() => AssertResult("1", "STRLEN", "\"\U0001F600\"");

    // W3C data5.ttl: one grapheme made of seven code points.
    private const string Family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";

    [Fact]
    public void Non_BMP_strings_are_measured_cut_encoded_and_case_mapped_by_code_point()
    {
        AssertResult("7", "STRLEN", "\"" + Family + "\"");
        AssertResult("\"\U0001F468\"", "SUBSTR", "\"" + Family + "\"", "1", "1");
        AssertResult("\"\U0001F46A\"", "SUBSTR", "\"\U0001F46A\"", "1", "1");
        AssertResult("\"" + Family + "\"", "UCASE", "\"" + Family + "\"");
        AssertResult("\"" + Family + "\"", "LCASE", "\"" + Family + "\"");
        AssertResult("\"%F0%9F%91%A8%E2%80%8D%F0%9F%91%A9%E2%80%8D%F0%9F%91%A7%E2%80%8D%F0%9F%91%A6\"", "ENCODE_FOR_URI", "\"" + Family + "\"");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("<http://example/a>")]
    [InlineData("\"a\"^^<http://example/t>")]
    public void Strlen_of_a_non_string_is_an_error(string arg) => AssertError("STRLEN", arg);

    // W3C substring01/02: 1-based positions, rounding of start and length, language kept.
    [Theory]
    [InlineData("\"foobar\"", "2", null, "\"oobar\"")]
    [InlineData("\"foobar\"", "2", "2", "\"oo\"")]
    [InlineData("\"bar\"@en", "1", "1", "\"b\"@en")]
    [InlineData("\"abc\"^^xsd:string", "2", null, "\"bc\"")]
    [InlineData("\"12345\"", "1.5", "2.6", "\"234\"")]
    [InlineData("\"12345\"", "0", "3", "\"12\"")]
    [InlineData("\"12345\"", "5", "-3", "\"\"")]
    [InlineData("\"12345\"", "-3", "5", "\"1\"")]
    [InlineData("\"12345\"", "\"NaN\"^^xsd:double", "3", "\"\"")]
    [InlineData("\"12345\"", "\"-INF\"^^xsd:double", "\"INF\"^^xsd:double", "\"\"")]
    [InlineData("\"a\U0001F600b\"", "2", "1", "\"\U0001F600\"")]
    [InlineData("\"\U0001F600\U0001F601\U0001F602\"", "3", null, "\"\U0001F602\"")]
    public void Substr_works_in_code_points_with_XPath_rounding(string text, string start, string? length, string expected)
    {
        string[] args = length is null ? [text, start] : [text, start, length];
        AssertResult(expected, "SUBSTR", args);
    }

    [Theory]
    [InlineData("UCASE", "\"foo\"", "\"FOO\"")]
    [InlineData("UCASE", "\"bar\"@en", "\"BAR\"@en")]
    [InlineData("UCASE", "\"食べ物\"", "\"食べ物\"")]
    [InlineData("LCASE", "\"BAZ\"", "\"baz\"")]
    [InlineData("LCASE", "\"DEF\"^^xsd:string", "\"def\"")]
    [InlineData("UCASE", "\"\U00010428\"", "\"\U00010400\"")]
    [InlineData("UCASE", "\"straße\"@de", "\"STRASSE\"@de")]
    [InlineData("UCASE", "\"\uFB01ne\"", "\"FINE\"")]
    [InlineData("LCASE", "\"\u0130stanbul\"", "\"i\u0307stanbul\"")]
    [InlineData("LCASE", "\"ÀÉÎ\"", "\"àéî\"")]
    public void Case_mapping_keeps_the_language(string function, string text, string expected) =>
        AssertResult(expected, function, text);

    // W3C encode01: percent-encoding of UTF-8 bytes except unreserved characters.
    [Theory]
    [InlineData("\"Los Angeles\"", "\"Los%20Angeles\"")]
    [InlineData("\"100%\"", "\"100%25\"")]
    [InlineData("\"食べ物\"", "\"%E9%A3%9F%E3%81%B9%E7%89%A9\"")]
    [InlineData("\"bar\"@en", "\"bar\"")]
    [InlineData("\"a-b_c.d~e/f\"", "\"a-b_c.d~e%2Ff\"")]
    [InlineData("\"\U0001F600\"", "\"%F0%9F%98%80\"")]
    public void Encode_for_uri_escapes_all_but_unreserved_characters(string text, string expected) =>
        AssertResult(expected, "ENCODE_FOR_URI", text);

    [Theory]
    [InlineData("CONTAINS", "\"foobar\"", "\"oba\"", true)]
    [InlineData("CONTAINS", "\"foobar\"", "\"\"", true)]
    [InlineData("CONTAINS", "\"foobar\"@en", "\"bar\"", true)]
    [InlineData("CONTAINS", "\"foobar\"@en", "\"bar\"@en", true)]
    [InlineData("CONTAINS", "\"foobar\"", "\"x\"", false)]
    [InlineData("STRSTARTS", "\"foobar\"", "\"foo\"", true)]
    [InlineData("STRSTARTS", "\"foobar\"^^xsd:string", "\"bar\"", false)]
    [InlineData("STRENDS", "\"foobar\"", "\"bar\"^^xsd:string", true)]
    [InlineData("STRENDS", "\"foobar\"", "\"foo\"", false)]
    public void String_tests_compare_code_units_exactly(string function, string text, string part, bool expected) =>
        Assert.Equal(expected, IsTrue(function, text, part));

    [Theory]
    [InlineData("CONTAINS", "\"foobar\"", "\"bar\"@en")]
    [InlineData("STRSTARTS", "\"foobar\"@fr", "\"foo\"@en")]
    [InlineData("STRENDS", "\"foobar\"", "1")]
    [InlineData("STRBEFORE", "\"abc\"", "\"b\"@cy")]
    [InlineData("STRAFTER", "\"abc\"@en", "\"b\"@cy")]
    [InlineData("STRAFTER", "<http://example/abc>", "\"b\"")]
    public void Incompatible_string_arguments_are_an_error(string function, string text, string part) =>
        AssertError(function, text, part);

    // W3C strbefore01a/strafter01a and strbefore02/strafter02.
    [Theory]
    [InlineData("STRBEFORE", "\"abc\"", "\"b\"", "\"a\"")]
    [InlineData("STRBEFORE", "\"abc\"@en", "\"bc\"", "\"a\"@en")]
    [InlineData("STRBEFORE", "\"abc\"@en", "\"b\"@en", "\"a\"@en")]
    [InlineData("STRBEFORE", "\"abc\"@en", "\"\"", "\"\"@en")]
    [InlineData("STRBEFORE", "\"abc\"@en", "\"xyz\"", "\"\"")]
    [InlineData("STRBEFORE", "\"abc\"^^xsd:string", "\"c\"", "\"ab\"")]
    [InlineData("STRAFTER", "\"abc\"", "\"b\"", "\"c\"")]
    [InlineData("STRAFTER", "\"abc\"@en", "\"ab\"", "\"c\"@en")]
    [InlineData("STRAFTER", "\"abc\"@en", "\"\"@en", "\"abc\"@en")]
    [InlineData("STRAFTER", "\"abc\"@en", "\"\"", "\"abc\"@en")]
    [InlineData("STRAFTER", "\"abc\"", "\"xyz\"^^xsd:string", "\"\"")]
    [InlineData("STRAFTER", "\"abcabc\"", "\"b\"", "\"cabc\"")]
    public void Strbefore_and_strafter_keep_the_language_only_on_a_match(string function, string text, string part, string expected) =>
        AssertResult(expected, function, text, part);

    // W3C concat01/concat02.
    [Theory]
    [InlineData(new[] { "\"abc\"", "\"def\"" }, "\"abcdef\"")]
    [InlineData(new[] { "\"abc\"^^xsd:string", "\"def\"" }, "\"abcdef\"")]
    [InlineData(new[] { "\"english\"@en", "\"english\"@en" }, "\"englishenglish\"@en")]
    [InlineData(new[] { "\"english\"@en", "\"français\"@fr" }, "\"englishfrançais\"")]
    [InlineData(new[] { "\"english\"@en", "\"abc\"" }, "\"englishabc\"")]
    [InlineData(new[] { "\"a\"@en" }, "\"a\"@en")]
    [InlineData(new string[0], "\"\"")]
    public void Concat_keeps_a_language_shared_by_all_arguments(string[] args, string expected) =>
        AssertResult(expected, "CONCAT", args);

    [Fact]
    public void Concat_of_a_number_is_an_error() => AssertError("CONCAT", "\"a\"", "7");
}
