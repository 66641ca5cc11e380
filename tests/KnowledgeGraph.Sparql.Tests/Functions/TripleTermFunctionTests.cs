using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Tests.Functions;

public sealed class TripleTermFunctionTests : FunctionTestBase
{
    [Fact]
    public void Triple_builds_a_triple_term_that_the_accessors_take_apart()
    {
        Term triple = Call("TRIPLE", "<http://example/s>", "<http://example/p>", "\"o\"@en");
        Assert.IsType<TripleTerm>(triple);
        Assert.True(Library.EffectiveBooleanValue(Library.Invoke("ISTRIPLE", [triple], Context)));
        Assert.Equal(T("<http://example/s>"), Library.Invoke("SUBJECT", [triple], Context));
        Assert.Equal(T("<http://example/p>"), Library.Invoke("PREDICATE", [triple], Context));
        Assert.Equal(T("\"o\"@en"), Library.Invoke("OBJECT", [triple], Context));
        Assert.False(IsTrue("ISTRIPLE", "<http://example/s>"));
    }

    [Theory]
    [InlineData("\"s\"", "<http://example/p>", "1")]
    [InlineData("<http://example/s>", "_:p", "1")]
    public void Triple_rejects_literal_subjects_and_non_iri_predicates(string s, string p, string o) => AssertError("TRIPLE", s, p, o);

    [Fact]
    public void Accessors_of_a_non_triple_are_errors() => AssertError("SUBJECT", "<http://example/s>");

    [Fact]
    public void Strlangdir_builds_a_directional_string()
    {
        var literal = Assert.IsType<Literal>(Call("STRLANGDIR", "\"abc\"", "\"ar\"", "\"rtl\""));
        Assert.Equal(BaseDirection.Rtl, literal.Direction);
        Assert.True(Library.EffectiveBooleanValue(Library.Invoke("HASLANGDIR", [literal], Context)));
        Assert.Equal(T("\"rtl\""), Library.Invoke("LANGDIR", [literal], Context));
        Assert.True(IsTrue("HASLANG", "\"abc\"@en"));
        Assert.False(IsTrue("HASLANGDIR", "\"abc\"@en"));
        AssertResult("\"\"", "LANGDIR", "\"abc\"@en");
        AssertError("STRLANGDIR", "\"abc\"", "\"ar\"", "\"up\"");
    }
}
