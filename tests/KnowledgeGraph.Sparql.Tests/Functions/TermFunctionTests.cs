using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Tests.Functions;

public sealed class TermFunctionTests : FunctionTestBase
{
    [Theory]
    [InlineData("ISIRI", "<http://example/a>", true)]
    [InlineData("ISURI", "_:b", false)]
    [InlineData("ISBLANK", "_:b", true)]
    [InlineData("ISBLANK", "\"b\"", false)]
    [InlineData("ISLITERAL", "\"b\"@en", true)]
    [InlineData("ISLITERAL", "<http://example/a>", false)]
    [InlineData("ISNUMERIC", "12", true)]
    [InlineData("ISNUMERIC", "\"12\"", false)]
    [InlineData("ISNUMERIC", "\"1200\"^^xsd:byte", false)]
    [InlineData("ISNUMERIC", "\"12\"^^xsd:unsignedByte", true)]
    [InlineData("ISNUMERIC", "\"-1\"^^xsd:nonNegativeInteger", false)]
    [InlineData("ISNUMERIC", "\"abc\"^^xsd:decimal", false)]
    [InlineData("ISNUMERIC", "\"INF\"^^xsd:float", true)]
    [InlineData("ISNUMERIC", "<http://example/a>", false)]
    public void Type_tests_classify_terms(string function, string term, bool expected) => Assert.Equal(expected, IsTrue(function, term));

    [Theory]
    [InlineData("STR", "<http://example/a>", "\"http://example/a\"")]
    [InlineData("STR", "\"abc\"@en", "\"abc\"")]
    [InlineData("STR", "\"01\"^^xsd:integer", "\"01\"")]
    [InlineData("LANG", "\"abc\"@en-GB", "\"en-GB\"")]
    [InlineData("LANG", "\"abc\"", "\"\"")]
    [InlineData("LANG", "1", "\"\"")]
    [InlineData("DATATYPE", "\"abc\"", "<http://www.w3.org/2001/XMLSchema#string>")]
    [InlineData("DATATYPE", "\"abc\"@en", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString>")]
    [InlineData("DATATYPE", "1.5", "<http://www.w3.org/2001/XMLSchema#decimal>")]
    [InlineData("DATATYPE", "\"x\"^^<http://example/t>", "<http://example/t>")]
    public void Accessors_return_parts_of_terms(string function, string term, string expected) => AssertResult(expected, function, term);

    [Theory]
    [InlineData("STR", "_:b")]
    [InlineData("LANG", "<http://example/a>")]
    [InlineData("DATATYPE", "_:b")]
    public void Accessors_of_the_wrong_kind_of_term_are_errors(string function, string term) => AssertError(function, term);

    [Theory]
    [InlineData("\"en\"", "\"en\"", true)]
    [InlineData("\"en-GB\"", "\"en\"", true)]
    [InlineData("\"EN-gb\"", "\"en-GB\"", true)]
    [InlineData("\"english\"", "\"en\"", false)]
    [InlineData("\"fr\"", "\"en\"", false)]
    [InlineData("\"fr\"", "\"*\"", true)]
    [InlineData("\"\"", "\"*\"", false)]
    [InlineData("\"\"", "\"\"", true)]
    [InlineData("\"en\"", "\"\"", false)]
    public void Langmatches_uses_basic_filtering(string tag, string range, bool expected) =>
        Assert.Equal(expected, IsTrue("LANGMATCHES", tag, range));

    // W3C iri01/iri02.
    [Theory]
    [InlineData("\"http://example.org/a\"", "<http://example.org/a>")]
    [InlineData("\"x\"", "<http://example.org/base/x>")]
    [InlineData("\"../y\"", "<http://example.org/y>")]
    [InlineData("<http://example.org/z>", "<http://example.org/z>")]
    public void Iri_resolves_strings_against_the_base(string arg, string expected)
    {
        AssertResult(expected, "IRI", arg);
        AssertResult(expected, "URI", arg);
    }

    [Theory]
    [InlineData("\"x\"@en")]
    [InlineData("1")]
    [InlineData("_:b")]
    [InlineData("\"http://exa mple/\"")]
    public void Iri_of_anything_else_is_an_error(string arg) => AssertError("IRI", arg);

    [Fact]
    public void A_relative_iri_without_a_base_is_an_error()
    {
        var context = new FunctionContext(DateTimeOffset.UnixEpoch, null, new Random(1));
        Assert.Throws<ExpressionErrorException>(() => Library.Invoke("IRI", [T("\"x\"")], context));
    }

    // W3C bnode01/bnode02.
    [Fact]
    public void Bnode_with_a_string_is_stable_within_a_solution_and_distinct_across_strings()
    {
        Term a1 = Call("BNODE", "\"a\"");
        Term a2 = Call("BNODE", "\"a\"");
        Term b = Call("BNODE", "\"b\"");
        Assert.IsType<BlankNode>(a1);
        Assert.Equal(a1, a2);
        Assert.NotEqual(a1, b);
        Context.BlankNodeScope.Clear();
        Assert.NotEqual(a1, Call("BNODE", "\"a\""));
    }

    [Fact]
    public void Bnode_without_argument_is_always_fresh() => Assert.NotEqual(Call("BNODE"), Call("BNODE"));

    [Theory]
    [InlineData("STRDT", "\"123\"", "<http://www.w3.org/2001/XMLSchema#integer>", "123")]
    [InlineData("STRDT", "\"iiii\"", "<http://example/romanNumeral>", "\"iiii\"^^<http://example/romanNumeral>")]
    [InlineData("STRLANG", "\"chat\"", "\"fr\"", "\"chat\"@fr")]
    [InlineData("STRLANG", "\"chat\"^^xsd:string", "\"en-GB\"", "\"chat\"@en-GB")]
    public void Constructors_build_literals(string function, string lexical, string second, string expected) =>
        AssertResult(expected, function, lexical, second);

    // W3C strdt02/strlang02: the lexical argument must not be tagged.
    [Theory]
    [InlineData("STRDT", "\"123\"@en", "<http://www.w3.org/2001/XMLSchema#integer>")]
    [InlineData("STRDT", "\"123\"", "\"http://www.w3.org/2001/XMLSchema#integer\"")]
    [InlineData("STRDT", "\"123\"", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString>")]
    [InlineData("STRLANG", "\"chat\"@en", "\"fr\"")]
    [InlineData("STRLANG", "\"chat\"", "\"\"")]
    [InlineData("STRLANG", "\"chat\"", "\"not a tag\"")]
    [InlineData("STRLANG", "1", "\"fr\"")]
    public void Constructors_reject_bad_arguments(string function, string lexical, string second) => AssertError(function, lexical, second);

    [Fact]
    public void Uuid_is_a_version_4_urn_and_struuid_its_string()
    {
        var uuid = Assert.IsType<Iri>(Call("UUID"));
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", uuid.Value);
        var text = Assert.IsType<Literal>(Call("STRUUID"));
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", text.LexicalForm);
        Assert.NotEqual(Call("STRUUID"), Call("STRUUID"));
    }

    [Fact]
    public void Rand_is_a_double_in_the_unit_interval()
    {
        var r = Assert.IsType<Literal>(Call("RAND"));
        Assert.Equal("http://www.w3.org/2001/XMLSchema#double", r.Datatype.Value);
        double value = double.Parse(r.LexicalForm, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(value, 0, 1);
        Assert.True(value < 1);
    }

    // W3C md5-01/02, sha1-01/02, sha256-01/02 ...
    [Theory]
    [InlineData("MD5", "\"abc\"", "900150983cd24fb0d6963f7d28e17f72")]
    [InlineData("MD5", "\"abc\"^^xsd:string", "900150983cd24fb0d6963f7d28e17f72")]
    [InlineData("SHA1", "\"abc\"", "a9993e364706816aba3e25717850c26c9cd0d89d")]
    [InlineData("SHA256", "\"abc\"", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("SHA384", "\"abc\"", "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7")]
    [InlineData("SHA512", "\"abc\"", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")]
    [InlineData("MD5", "\"食べ物\"", "e7ada485d13b1decf628c9211bc3a97b")]
    [InlineData("SHA1", "\"\u98DF\"", "d46696735b6a09ff407bfc1a9407e008840db9c9")]
    [InlineData("SHA256", "\"\u98DF\"", "0fbe868d1df356ca9df7ebff346da3a56280e059a7ea81186ef885b140d254ee")]
    public void Hashes_are_lower_case_hex_of_utf8(string function, string arg, string hex)
    {
        AssertResult("\"" + hex + "\"", function, arg);
    }

    [Theory]
    [InlineData("\"abc\"@en")]
    [InlineData("1")]
    [InlineData("<http://example/a>")]
    public void Hashes_of_non_simple_strings_are_errors(string arg) => AssertError("SHA256", arg);

    [Fact]
    public void An_unbound_argument_is_an_expression_error() =>
        Assert.Throws<ExpressionErrorException>(() => Library.Invoke("STR", [null!], Context));

    [Fact]
    public void Wrong_arity_is_an_expression_error_and_unknown_names_are_not_supported()
    {
        AssertError("STRLEN", "\"a\"", "\"b\"");
        AssertError("SUBSTR", "\"a\"");
        Assert.Throws<NotSupportedException>(() => Call("http://example/unknownFunction", "1"));
        Assert.False(Library.IsKnown("http://example/unknownFunction"));
        Assert.True(Library.IsKnown("ENCODE_FOR_URI"));
    }
}
