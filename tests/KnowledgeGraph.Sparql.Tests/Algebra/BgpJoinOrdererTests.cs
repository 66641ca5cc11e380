using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Optimization;
using static KnowledgeGraph.Sparql.Tests.Evaluation.Q;

namespace KnowledgeGraph.Sparql.Tests.Algebra;

public sealed class BgpJoinOrdererTests
{
    private static readonly TriplePattern Big = T(V("s"), Ex("big"), V("o"));
    private static readonly TriplePattern Small = T(V("s"), Ex("small"), V("x"));
    private static readonly TriplePattern Unrelated = T(V("u"), Ex("tiny"), V("w"));

    private static double Estimate(TriplePattern pattern, IReadOnlySet<string> bound)
    {
        double count = pattern == Big ? 1000 : pattern == Small ? 10 : 1;
        return bound.Contains("s") && pattern != Unrelated ? count / 100 : count;
    }

    [Fact]
    public void The_most_selective_pattern_goes_first()
    {
        List<TriplePattern> order = BgpJoinOrderer.Order([Big, Small], [], Estimate);
        Assert.Equal([Small, Big], order);
    }

    [Fact]
    public void Patterns_connected_to_bound_variables_are_preferred_over_cheaper_disconnected_ones()
    {
        List<TriplePattern> order = BgpJoinOrderer.Order([Unrelated, Big, Small], [], Estimate);
        Assert.Equal([Unrelated, Small, Big], order);
        List<TriplePattern> withParent = BgpJoinOrderer.Order([Unrelated, Big, Small], ["s"], Estimate);
        Assert.Equal([Small, Big, Unrelated], withParent);
    }
}
