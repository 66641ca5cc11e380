using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Tests.Terms;

public sealed class TermEqualityTests
{
    [Fact]
    public void Language_tags_compare_case_insensitively()
    {
        var a = Literal.LanguageTagged("chat", "en-GB");
        var b = Literal.LanguageTagged("chat", "EN-gb");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Simple_literal_equals_explicit_xsd_string_literal() =>
        Assert.Equal(Literal.Simple("x"), Literal.Typed("x", Xsd.String));

    [Fact]
    public void Literals_with_different_datatypes_differ() =>
        Assert.NotEqual(Literal.Typed("1", Xsd.Integer), Literal.Typed("1", Xsd.Decimal));

    [Fact]
    public void Base_direction_is_part_of_literal_identity() =>
        Assert.NotEqual(Literal.LanguageTagged("x", "ar", BaseDirection.Rtl), Literal.LanguageTagged("x", "ar", BaseDirection.Ltr));

    [Fact]
    public void Iri_and_blank_node_with_the_same_text_differ() =>
        Assert.NotEqual<Term>(new Iri("http://a/b"), new BlankNode("b"));

    [Fact]
    public void Language_tag_requires_lang_string_datatype() =>
        Assert.Throws<ArgumentException>(() => new Literal("x", Xsd.String, "en"));

    [Fact]
    public void Terms_print_as_n_triples_with_canonical_escapes()
    {
        Assert.Equal("\"a\\\"b\\n\\u0001\"@en", Literal.LanguageTagged("a\"b\n\u0001", "en").ToString());
        Assert.Equal("\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>", Literal.Typed("1", Xsd.Integer).ToString());
        Assert.Equal("_:b1", new BlankNode("b1").ToString());
    }

    [Fact]
    public void Triple_terms_compare_by_their_triples()
    {
        var s = new Iri("http://a/s");
        var p = new Iri("http://a/p");
        Assert.Equal(new TripleTerm(new Triple(s, p, Literal.Simple("o"))), new TripleTerm(new Triple(s, p, Literal.Simple("o"))));
    }
}
