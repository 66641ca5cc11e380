using KnowledgeGraph.Sparql.Functions.Internal;

namespace KnowledgeGraph.Sparql.Tests.Functions;

public sealed class CanonicalFormTests : FunctionTestBase
{
    [Theory]
    [InlineData(10.0, "1.0E1")]
    [InlineData(1.0, "1.0E0")]
    [InlineData(0.1, "1.0E-1")]
    [InlineData(-1234.5, "-1.2345E3")]
    [InlineData(1e21, "1.0E21")]
    [InlineData(1.5e-7, "1.5E-7")]
    [InlineData(0.0, "0.0E0")]
    [InlineData(double.PositiveInfinity, "INF")]
    [InlineData(double.NegativeInfinity, "-INF")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(123456789012345680000.0, "1.2345678901234568E20")]
    public void Doubles_have_one_digit_before_the_point_and_an_exponent(double value, string expected) =>
        Assert.Equal(expected, XsdCanonical.Double(value));

    [Fact]
    public void Floats_use_the_shortest_single_precision_digits() => Assert.Equal("1.0E-1", XsdCanonical.Float(0.1f));

    [Theory]
    [InlineData("2", "2.0")]
    [InlineData("2.500", "2.5")]
    [InlineData("-0.010", "-0.01")]
    [InlineData("0", "0.0")]
    [InlineData("-0.0", "0.0")]
    [InlineData("123456789012345678901234567.8", "123456789012345678901234567.8")]
    public void Decimals_keep_one_fractional_digit_and_drop_trailing_zeros(string value, string expected) =>
        Assert.Equal(expected, XsdCanonical.Decimal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("UNARY-", "0", "0")]
    [InlineData("UNARY+", "-0", "0")]
    [InlineData("UNARY+", "-0.0", "\"0.0\"^^xsd:decimal")]
    [InlineData("UNARY+", "\"-000.500\"^^xsd:decimal", "\"-0.5\"^^xsd:decimal")]
    [InlineData("UNARY+", "\".5\"^^xsd:decimal", "\"0.5\"^^xsd:decimal")]
    [InlineData("UNARY+", "\"5.\"^^xsd:decimal", "\"5.0\"^^xsd:decimal")]
    [InlineData("UNARY+", "\"123456789012345678901234567\"^^xsd:integer", "123456789012345678901234567")]
    [InlineData("UNARY+", "\"-1234567890123456789.0123456789\"^^xsd:decimal", "\"-1234567890123456789.0123456789\"^^xsd:decimal")]
    [InlineData("UNARY-", "0.0", "\"0.0\"^^xsd:decimal")]
    [InlineData("*", "-1.5", "0", "\"0.0\"^^xsd:decimal")]
    [InlineData("*", "-1", "0", "0")]
    [InlineData("ROUND", "-0.4", "\"0\"^^xsd:decimal")]
    public void Zero_is_never_written_with_a_minus_sign_for_exact_types(string op, params string[] argsAndExpected)
    {
        string expected = argsAndExpected[^1];
        AssertResult(expected, op, argsAndExpected[..^1]);
    }
}
