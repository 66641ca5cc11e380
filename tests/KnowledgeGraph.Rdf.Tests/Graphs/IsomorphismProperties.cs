using FsCheck.Xunit;
using KnowledgeGraph.Rdf.Graphs;
using KnowledgeGraph.Rdf.Terms;
using static KnowledgeGraph.Rdf.Tests.Graphs.GraphBuilders;

namespace KnowledgeGraph.Rdf.Tests.Graphs;

public class IsomorphismProperties
{
    [Property(MaxTest = 200)]
    public void A_randomly_relabelled_copy_is_isomorphic_and_has_the_same_canonical_text(byte[] script, int seed)
    {
        List<Quad> dataset = FromScript(script);
        List<Quad> copy = Relabel(dataset, seed);

        Assert.True(Isomorphism.AreIsomorphic(dataset, copy, out string reason), reason);
        Assert.Equal(BlankNodeCanonicalizer.ToCanonicalNQuads(dataset), BlankNodeCanonicalizer.ToCanonicalNQuads(copy));
    }

    [Property(MaxTest = 200)]
    public void Dropping_one_distinct_statement_breaks_isomorphism(byte[] script, int seed)
    {
        List<Quad> dataset = FromScript(script).Distinct().ToList();
        if (dataset.Count == 0)
        {
            return;
        }
        List<Quad> smaller = Relabel(dataset, seed);
        smaller.RemoveAt(Math.Abs(seed % smaller.Count));

        Assert.False(Isomorphism.AreIsomorphic(dataset, smaller, out string reason));
        Assert.NotEmpty(reason);
    }

    [Property(MaxTest = 300)]
    public void The_isomorphism_check_and_canonical_text_agree_on_random_pairs(byte[] first, byte[] second)
    {
        List<Quad> a = FromScript(first), b = FromScript(second);

        bool sameText = BlankNodeCanonicalizer.ToCanonicalNQuads(a) == BlankNodeCanonicalizer.ToCanonicalNQuads(b);

        Assert.Equal(sameText, Isomorphism.AreIsomorphic(a, b));
    }

    [Property(MaxTest = 100)]
    public void Canonical_output_is_isomorphic_to_its_input(byte[] script)
    {
        List<Quad> dataset = FromScript(script);

        Assert.True(Isomorphism.AreIsomorphic(dataset, BlankNodeCanonicalizer.Canonicalize(dataset)));
    }
}
