using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf.Graphs;
using KnowledgeGraph.Rdf.Terms;
using static KnowledgeGraph.Rdf.Tests.Graphs.GraphBuilders;

namespace KnowledgeGraph.Rdf.Tests.Graphs;

public class CanonicalizationTests
{
    [Fact]
    public void Canonical_labels_are_c14n_numbered_from_zero_without_gaps()
    {
        IReadOnlyList<Quad> canonical = BlankNodeCanonicalizer.Canonicalize(Cycles("t", 3, 4));

        var labels = canonical.SelectMany(Blanks).Select(b => b.Label).Distinct().OrderBy(l => l.Length).ThenBy(l => l, StringComparer.Ordinal);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => "c14n" + i), labels);
    }

    [Fact]
    public void A_relabelled_shuffled_copy_gets_the_same_canonical_text()
    {
        List<Quad> dataset =
        [
            new(B("x"), P, B("y"), null),
            new(B("y"), P, B("x"), null),
            new(B("y"), Q, Literal.LanguageTagged("hi", "en"), B("g")),
            new(I("s"), P, B("x"), B("g")),
            new(B("lonely"), Q, I("o"), null),
            new(B("lonely2"), Q, I("o"), null),
        ];

        Assert.Equal(BlankNodeCanonicalizer.ToCanonicalNQuads(dataset), BlankNodeCanonicalizer.ToCanonicalNQuads(Relabel(dataset, seed: 99)));
    }

    [Fact]
    public void Canonical_output_is_sorted_isomorphic_to_the_input_and_without_duplicates()
    {
        List<Quad> dataset = [.. Cycles("t", 3, 3), new Quad(B("t0"), P, B("t1"), null), new Quad(I("s"), Q, I("o"), null)];

        IReadOnlyList<Quad> canonical = BlankNodeCanonicalizer.Canonicalize(dataset);

        Assert.Equal(7, canonical.Count);
        Assert.True(Isomorphism.AreIsomorphic(dataset, canonical));
        var lines = canonical.Select(q => q.ToString()).ToList();
        Assert.Equal(lines.OrderBy(l => l, StringComparer.Ordinal), lines);
    }

    [Fact]
    public void Regular_graphs_that_refinement_cannot_separate_get_different_canonical_text()
    {
        Assert.NotEqual(BlankNodeCanonicalizer.ToCanonicalNQuads(Cycles("t", 3, 3)), BlankNodeCanonicalizer.ToCanonicalNQuads(Cycles("h", 6)));
        Assert.NotEqual(BlankNodeCanonicalizer.ToCanonicalNQuads(RooksGraph("r")), BlankNodeCanonicalizer.ToCanonicalNQuads(ShrikhandeGraph("s")));
    }

    [Fact]
    public void Highly_symmetric_strongly_regular_graphs_canonicalise_identically_after_relabelling()
    {
        Assert.Equal(BlankNodeCanonicalizer.ToCanonicalNQuads(ShrikhandeGraph("s")), BlankNodeCanonicalizer.ToCanonicalNQuads(Relabel(ShrikhandeGraph("s"), seed: 4)));
        Assert.Equal(BlankNodeCanonicalizer.ToCanonicalNQuads(RooksGraph("r")), BlankNodeCanonicalizer.ToCanonicalNQuads(Relabel(RooksGraph("r"), seed: 8)));
    }

    [Fact]
    public void Many_identical_components_and_a_star_of_identical_leaves_canonicalise_identically_after_relabelling()
    {
        List<Quad> dataset = [];
        for (int i = 0; i < 200; i++)
        {
            dataset.Add(new Quad(B("a" + i), P, B("b" + i), null));
            dataset.Add(new Quad(B("hub"), Q, B("leaf" + i), null));
            dataset.Add(new Quad(B("leaf" + i), P, I("o"), null));
        }

        Assert.Equal(BlankNodeCanonicalizer.ToCanonicalNQuads(dataset), BlankNodeCanonicalizer.ToCanonicalNQuads(Relabel(dataset, seed: 1)));
    }

    [Fact]
    public void Language_tags_are_lower_cased_so_equal_datasets_get_equal_text()
    {
        List<Quad> upper = [new(B("x"), P, Literal.LanguageTagged("colour", "EN-GB"), null)];
        List<Quad> lower = [new(B("y"), P, Literal.LanguageTagged("colour", "en-gb"), null)];

        string text = BlankNodeCanonicalizer.ToCanonicalNQuads(upper);

        Assert.Equal(BlankNodeCanonicalizer.ToCanonicalNQuads(lower), text);
        Assert.Contains("@en-gb", text);
    }

    [Fact]
    public void A_dataset_without_blank_nodes_is_returned_sorted_and_unchanged()
    {
        List<Quad> dataset = [new(I("b"), P, I("o"), null), new(I("a"), P, Literal.Simple("\"quoted\""), I("g"))];

        string text = BlankNodeCanonicalizer.ToCanonicalNQuads(dataset);

        Assert.Equal(string.Join("", dataset.Select(q => q + "\n").OrderBy(l => l, StringComparer.Ordinal)), text);
        Assert.DoesNotMatch(new Regex("_:"), text);
    }
}
