using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.TestSupport.StoreBehaviour;

/// <summary>A small universe of terms so random operations collide often.</summary>
public static class StoreTerms
{
    public static readonly Term[] Subjects = [new Iri("http://example.org/s1"), new Iri("http://example.org/s2"), new BlankNode("b1")];
    public static readonly Iri[] Predicates = [new("http://example.org/p1"), new("http://example.org/p2"), new("http://example.org/s1")];
    public static readonly Term[] Objects =
    [
        new Iri("http://example.org/s1"),
        new BlankNode("b1"),
        Literal.Simple("x"),
        Literal.LanguageTagged("x", "en"),
        Literal.Typed("1", new Iri("http://www.w3.org/2001/XMLSchema#integer")),
    ];
    public static readonly Term?[] Graphs = [null, new Iri("http://example.org/g1"), new BlankNode("g2")];

    public static Quad QuadFrom(int s, int p, int o, int g) =>
        new(Subjects[s % Subjects.Length], Predicates[p % Predicates.Length], Objects[o % Objects.Length], Graphs[g % Graphs.Length]);

    public static Iri I(string local) => new("http://example.org/" + local);

    public static Quad Q(string s, string p, string o, string? g = null) =>
        new(I(s), I(p), I(o), g is null ? null : I(g));
}
