namespace KnowledgeGraph.Sparql.Tests.Functions;

public sealed class ArithmeticTests : FunctionTestBase
{
    [Theory]
    [InlineData("+", "1", "2", "3")]
    [InlineData("-", "1", "2", "-1")]
    [InlineData("*", "3", "4", "12")]
    [InlineData("+", "\"01\"^^xsd:integer", "\"+2\"^^xsd:integer", "3")]
    public void Integer_operations_give_canonical_integers(string op, string left, string right, string expected) =>
        AssertResult(expected, op, left, right);

    [Theory]
    [InlineData("/", "1", "2", "\"0.5\"^^xsd:decimal")]
    [InlineData("/", "4", "2", "\"2.0\"^^xsd:decimal")]
    [InlineData("+", "1.0", "2", "\"3.0\"^^xsd:decimal")]
    [InlineData("*", "1.5", "2", "\"3.0\"^^xsd:decimal")]
    [InlineData("-", "0.1", "0.3", "\"-0.2\"^^xsd:decimal")]
    public void Integer_division_and_decimal_operations_give_decimals(string op, string left, string right, string expected) =>
        AssertResult(expected, op, left, right);

    [Theory]
    [InlineData("+", "1e0", "1", "\"2.0E0\"^^xsd:double")]
    [InlineData("*", "1.0e0", "1.5", "\"1.5E0\"^^xsd:double")]
    [InlineData("+", "\"1.5\"^^xsd:float", "1", "\"2.5E0\"^^xsd:float")]
    [InlineData("+", "\"1.5\"^^xsd:float", "1e0", "\"2.5E0\"^^xsd:double")]
    [InlineData("*", "10", "1e3", "\"1.0E4\"^^xsd:double")]
    public void Operations_promote_to_the_wider_type(string op, string left, string right, string expected) =>
        AssertResult(expected, op, left, right);

    [Theory]
    [InlineData("\"1\"^^xsd:byte", "\"2\"^^xsd:short", "3")]
    [InlineData("\"1\"^^xsd:nonNegativeInteger", "\"2\"^^xsd:unsignedLong", "3")]
    public void Derived_integer_types_add_as_integers(string left, string right, string expected) =>
        AssertResult(expected, "+", left, right);

    [Theory]
    [InlineData("1", "0")]
    [InlineData("1.5", "0.0")]
    public void Exact_division_by_zero_is_an_error(string left, string right) => AssertError("/", left, right);

    [Theory]
    [InlineData("1e0", "0", "\"INF\"^^xsd:double")]
    [InlineData("-1e0", "0", "\"-INF\"^^xsd:double")]
    [InlineData("0e0", "0", "\"NaN\"^^xsd:double")]
    [InlineData("\"1\"^^xsd:float", "0", "\"INF\"^^xsd:float")]
    public void Approximate_division_by_zero_gives_infinity_or_NaN(string left, string right, string expected) =>
        AssertResult(expected, "/", left, right);

    [Theory]
    [InlineData("\"a\"", "1")]
    [InlineData("<http://example/a>", "1")]
    [InlineData("_:b", "1")]
    [InlineData("\"1\"", "1")]
    [InlineData("\"abc\"^^xsd:integer", "1")]
    [InlineData("\"1\"^^<http://example/t>", "1")]
    public void Arithmetic_on_a_non_number_is_an_error(string left, string right) => AssertError("+", left, right);

    [Fact]
    public void Decimal_overflow_is_an_error_not_an_exception_of_another_kind() =>
        AssertError("*", "99999999999999999999999999", "99999999999999999999999999");

    [Theory]
    [InlineData("UNARY-", "2", "-2")]
    [InlineData("UNARY-", "-2.5", "\"2.5\"^^xsd:decimal")]
    [InlineData("UNARY-", "1e0", "\"-1.0E0\"^^xsd:double")]
    [InlineData("UNARY+", "\"+07\"^^xsd:integer", "7")]
    public void Unary_operators_keep_the_type(string op, string operand, string expected) => AssertResult(expected, op, operand);

    [Fact]
    public void Unary_minus_of_a_string_is_an_error() => AssertError("UNARY-", "\"2\"");

    // W3C sparql11/functions abs01, ceil01, floor01, round01.
    [Theory]
    [InlineData("ABS", "-2", "2")]
    [InlineData("ABS", "-1.6", "\"1.6\"^^xsd:decimal")]
    [InlineData("ABS", "\"-1.5\"^^xsd:float", "\"1.5E0\"^^xsd:float")]
    [InlineData("CEIL", "1.1", "\"2\"^^xsd:decimal")]
    [InlineData("CEIL", "-1.6", "\"-1\"^^xsd:decimal")]
    [InlineData("CEIL", "-2", "-2")]
    [InlineData("FLOOR", "-1.6", "\"-2\"^^xsd:decimal")]
    [InlineData("FLOOR", "2.5", "\"2\"^^xsd:decimal")]
    [InlineData("ROUND", "2.5", "\"3\"^^xsd:decimal")]
    [InlineData("ROUND", "-2.5", "\"-2\"^^xsd:decimal")]
    [InlineData("ROUND", "-1.6", "\"-2\"^^xsd:decimal")]
    [InlineData("ROUND", "1.1", "\"1\"^^xsd:decimal")]
    [InlineData("ROUND", "-2.5e0", "\"-2.0E0\"^^xsd:double")]
    [InlineData("ROUND", "0.49999999999999994e0", "\"0.0E0\"^^xsd:double")]
    [InlineData("ROUND", "\"NaN\"^^xsd:double", "\"NaN\"^^xsd:double")]
    [InlineData("ROUND", "79228162514264337593543950335.0", "\"79228162514264337593543950335\"^^xsd:decimal")]
    public void Numeric_functions_round_as_XPath_does(string function, string operand, string expected) =>
        AssertResult(expected, function, operand);

    [Fact]
    public void Round_of_a_string_is_an_error() => AssertError("ROUND", "\"2.5\"");
}
