using KnowledgeGraph.Rdf.Graphs;
using KnowledgeGraph.Rdf.Terms;
using static KnowledgeGraph.Rdf.Tests.Graphs.GraphBuilders;

namespace KnowledgeGraph.Rdf.Tests.Graphs;

public class IsomorphismTests
{
    [Fact]
    public void A_dataset_with_renamed_blank_nodes_and_shuffled_statements_is_isomorphic_and_the_mapping_proves_it()
    {
        List<Quad> original =
        [
            new(B("x"), P, B("y"), null),
            new(B("y"), Q, Literal.Simple("v"), null),
            new(I("s"), P, B("x"), B("g")),
            new(B("g"), P, I("o"), null),
        ];
        List<Quad> renamed = Relabel(original, seed: 7);

        IsomorphismResult result = Isomorphism.Compare(original, renamed);

        Assert.True(result.IsIsomorphic, result.Reason);
        var mapped = original.Select(q => new Quad(Map(q.Subject), q.Predicate, Map(q.Object), q.Graph is null ? null : Map(q.Graph))).ToHashSet();
        Assert.True(mapped.SetEquals(renamed));

        Term Map(Term t) => t is BlankNode b ? result.BlankNodeMapping[b] : t;
    }

    [Fact]
    public void Two_triangles_are_not_isomorphic_to_one_hexagon_although_every_node_looks_alike()
    {
        Assert.False(Isomorphism.AreIsomorphic(Cycles("t", 3, 3), Cycles("h", 6), out string reason));
        Assert.NotEmpty(reason);
    }

    [Fact]
    public void A_hexagon_is_isomorphic_to_a_relabelled_shuffled_hexagon()
    {
        Assert.True(Isomorphism.AreIsomorphic(Cycles("h", 6), Relabel(Cycles("h", 6), seed: 3), out string reason), reason);
    }

    [Fact]
    public void The_rooks_graph_is_not_isomorphic_to_the_shrikhande_graph()
    {
        // Both strongly regular with identical parameters: refinement alone can never tell them apart.
        Assert.False(Isomorphism.AreIsomorphic(RooksGraph("r"), ShrikhandeGraph("s")));
    }

    [Fact]
    public void The_shrikhande_graph_is_isomorphic_to_a_relabelled_copy()
    {
        Assert.True(Isomorphism.AreIsomorphic(ShrikhandeGraph("s"), Relabel(ShrikhandeGraph("s"), seed: 11)));
    }

    [Fact]
    public void A_differing_literal_is_reported_as_a_statement_missing_from_one_side()
    {
        List<Quad> first = [new(I("s"), P, Literal.Simple("one"), null), new(B("x"), P, I("s"), null)];
        List<Quad> second = [new(I("s"), P, Literal.Simple("two"), null), new(B("y"), P, I("s"), null)];

        Assert.False(Isomorphism.AreIsomorphic(first, second, out string reason));
        Assert.Contains("\"one\"", reason);
    }

    [Fact]
    public void A_differing_iri_next_to_a_blank_node_makes_datasets_non_isomorphic()
    {
        List<Quad> first = [new(B("x"), P, I("a"), null)];
        List<Quad> second = [new(B("x"), P, I("b"), null)];

        Assert.False(Isomorphism.AreIsomorphic(first, second, out string reason));
        Assert.Contains("_:x", reason);
    }

    [Fact]
    public void A_blank_node_graph_name_is_matched_like_any_blank_node()
    {
        List<Quad> first = [new(I("s"), P, I("o"), B("g1")), new(B("g1"), Q, Literal.Simple("graph one"), null)];
        List<Quad> second = [new(I("s"), P, I("o"), B("zz")), new(B("zz"), Q, Literal.Simple("graph one"), null)];
        List<Quad> elsewhere = [new(I("s"), P, I("o"), B("zz")), new(B("other"), Q, Literal.Simple("graph one"), null)];

        Assert.True(Isomorphism.AreIsomorphic(first, second));
        Assert.False(Isomorphism.AreIsomorphic(first, elsewhere));
    }

    [Fact]
    public void A_statement_in_the_default_graph_differs_from_the_same_triple_in_a_blank_named_graph()
    {
        Assert.False(Isomorphism.AreIsomorphic([new Quad(B("x"), P, I("o"), null)], [new Quad(B("x"), P, I("o"), B("g"))]));
    }

    [Fact]
    public void Two_blank_nodes_are_not_isomorphic_to_one_blank_node_with_a_loop()
    {
        Assert.False(Isomorphism.AreIsomorphic([new Quad(B("a"), P, B("b"), null)], [new Quad(B("a"), P, B("a"), null)], out string reason));
        Assert.Contains("blank nodes", reason);
    }

    [Fact]
    public void Duplicate_statements_do_not_change_the_verdict()
    {
        Quad quad = new(B("a"), P, B("b"), null);

        Assert.True(Isomorphism.AreIsomorphic([quad, quad], [new Quad(B("x"), P, B("y"), null)]));
    }

    [Fact]
    public void Blank_nodes_inside_triple_terms_are_renamed_consistently()
    {
        List<Quad> first = [new(B("r"), RdfReifies, new TripleTerm(new Triple(B("a"), P, I("o"))), null), new(B("a"), Q, Literal.Simple("A"), null)];
        List<Quad> renamed = Relabel(first, seed: 5);
        List<Quad> crossed = [new(B("r"), RdfReifies, new TripleTerm(new Triple(B("z"), P, I("o"))), null), new(B("a"), Q, Literal.Simple("A"), null)];

        Assert.True(Isomorphism.AreIsomorphic(first, renamed));
        Assert.False(Isomorphism.AreIsomorphic(first, crossed));
    }

    [Fact]
    public void Language_tags_differing_only_in_case_next_to_blank_nodes_are_equal()
    {
        List<Quad> upper = [new(B("x"), P, Literal.LanguageTagged("colour", "EN-GB"), null)];
        List<Quad> lower = [new(B("y"), P, Literal.LanguageTagged("colour", "en-gb"), null)];

        Assert.True(Isomorphism.AreIsomorphic(upper, lower, out string reason), reason);
    }

    [Fact]
    public void Thousands_of_interchangeable_blank_nodes_are_matched_without_branching()
    {
        List<Quad> first = [.. Enumerable.Range(0, 5000).Select(i => new Quad(B("n" + i), P, I("o"), null))];
        List<Quad> second = Relabel(first, seed: 2);
        List<Quad> oneOff = [.. second.Take(4999), new Quad(B("odd"), Q, I("o"), null)];

        Assert.True(Isomorphism.AreIsomorphic(first, second));
        Assert.False(Isomorphism.AreIsomorphic(first, oneOff));
    }

    [Fact]
    public void Twins_that_share_a_hub_are_paired_in_any_order()
    {
        List<Quad> star = [.. Enumerable.Range(0, 50).SelectMany(i => new[] { new Quad(B("hub"), P, B("leaf" + i), null), new Quad(B("leaf" + i), Q, Literal.Simple("same"), null) })];

        Assert.True(Isomorphism.AreIsomorphic(star, Relabel(star, seed: 9)));
    }

    [Fact]
    public void Empty_datasets_are_isomorphic()
    {
        Assert.True(Isomorphism.AreIsomorphic([], []));
    }

    private static readonly Iri RdfReifies = new("http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies");
}
