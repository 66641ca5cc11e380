using KnowledgeGraph.Rdf.Graphs;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Tests.Graphs;

public sealed class IsomorphismLanguageTagTests
{
    private static readonly Iri P = new("http://example.org/p");

    [Fact]
    public void Language_tag_case_does_not_break_isomorphism_next_to_a_blank_node()
    {
        Quad[] first = [new(new BlankNode("x"), P, Literal.LanguageTagged("chat", "de-CH-1996"), null)];
        Quad[] second = [new(new BlankNode("y"), P, Literal.LanguageTagged("chat", "de-ch-1996"), null)];
        Assert.True(Isomorphism.AreIsomorphic(first, second, out string reason), reason);
    }

    [Fact]
    public void Different_language_tags_next_to_a_blank_node_are_not_isomorphic()
    {
        Quad[] first = [new(new BlankNode("x"), P, Literal.LanguageTagged("chat", "fr"), null)];
        Quad[] second = [new(new BlankNode("y"), P, Literal.LanguageTagged("chat", "en"), null)];
        Assert.False(Isomorphism.AreIsomorphic(first, second));
    }
}
