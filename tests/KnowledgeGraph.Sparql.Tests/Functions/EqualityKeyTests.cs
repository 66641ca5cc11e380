using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Functions.Internal;

namespace KnowledgeGraph.Sparql.Tests.Functions;

/// <summary>
/// The value-hash join is only correct if terms that compare equal with <c>=</c> always share a key; these tests hold
/// the key to that promise on the tricky cases and on random numerics of every type.
/// </summary>
public sealed class EqualityKeyTests : FunctionTestBase
{
    [Theory]
    [MemberData(nameof(ComparisonTests.EqualPairs), MemberType = typeof(ComparisonTests))]
    [InlineData("\"0.1\"^^xsd:float", "\"0.100000001490116119384765625\"^^xsd:double")]
    [InlineData("2.50", "2.5")]
    [InlineData("\"1234567890123456789.0100\"^^xsd:decimal", "1234567890123456789.01")]
    [InlineData("0.1", "1e-1")]
    [InlineData("\"-0.0e0\"^^xsd:double", "0")]
    public void Terms_that_compare_equal_share_a_key(string left, string right)
    {
        Assert.True(IsTrue("=", left, right));
        Assert.Equal(EqualityKey.Of(T(left)), EqualityKey.Of(T(right)));
    }

    [Theory]
    [InlineData("1", "2")]
    [InlineData("\"abc\"", "\"abd\"")]
    [InlineData("\"xyz\"@en", "\"xyz\"@de")]
    [InlineData("\"xyz\"@en", "\"xyz\"")]
    [InlineData("<http://example/a>", "<http://example/b>")]
    [InlineData("\"1\"", "1")]
    public void Different_values_usually_get_different_keys(string left, string right)
    {
        Assert.NotEqual(EqualityKey.Of(T(left)), EqualityKey.Of(T(right)));
    }

    [Fact]
    public void Random_numerics_of_any_type_that_compare_equal_share_a_key()
    {
        Iri[] types = [Xsd.Integer, Xsd.Decimal, Xsd.Float, Xsd.Double, new(Xsd.Namespace + "int"), new(Xsd.Namespace + "short")];
        // Small integers and tenths make cross-type equalities (1 = 1.0 = 1e0) frequent enough to matter.
        Gen<Literal> numerals =
            from whole in Gen.Choose(-3, 3)
            from tenths in Gen.Elements(0, 0, 1, 5)
            from zeros in Gen.Choose(0, 3)
            from type in Gen.Elements(types)
            select Numeral(whole, tenths, zeros, type);
        Prop.ForAll(Arb.From(numerals), Arb.From(numerals), (a, b) =>
            !AreEqual(a, b) || EqualityKey.Of(a).Equals(EqualityKey.Of(b))).QuickCheckThrowOnFailure();
    }

    private static Literal Numeral(int whole, int tenths, int zeros, Iri type)
    {
        bool integral = type.Value.EndsWith("integer", StringComparison.Ordinal) || type.Value.EndsWith("int", StringComparison.Ordinal) || type.Value.EndsWith("short", StringComparison.Ordinal);
        string text = integral
            ? whole.ToString(CultureInfo.InvariantCulture)
            : whole.ToString(CultureInfo.InvariantCulture) + "." + tenths.ToString(CultureInfo.InvariantCulture) + new string('0', zeros);
        return Literal.Typed(text, type);
    }

    private static bool AreEqual(Term a, Term b)
    {
        try
        {
            return ValueComparison.AreEqual(a, b);
        }
        catch (ExpressionErrorException)
        {
            return false;
        }
    }
}
