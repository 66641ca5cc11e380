using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KnowledgeGraph.Sparql.Results;
using static KnowledgeGraph.Sparql.Tests.Results.ResultBuilders;

namespace KnowledgeGraph.Sparql.Tests.Results;

public class SparqlResultComparerProperties
{
    [Property(MaxTest = 300)]
    public Property Results_equal_a_relabelled_and_shuffled_copy_of_themselves() =>
        Prop.ForAll(RandomResults.Select(xmlSafe: false), ArbMap.Default.ArbFor<int>(), (results, seed) =>
        {
            SparqlResultComparison comparison = SparqlResultComparer.Compare(results, RelabelAndShuffle(results, seed));
            Assert.True(comparison.AreEqual, comparison.Difference);
        });

    [Property(MaxTest = 300)]
    public Property Results_differ_from_a_copy_missing_one_row() =>
        Prop.ForAll(RandomResults.Select(xmlSafe: false), ArbMap.Default.ArbFor<int>(), (results, seed) =>
        {
            if (results.Solutions.Count == 0)
            {
                return;
            }
            SparqlResultSet copy = RelabelAndShuffle(results, seed);
            var fewer = SparqlResultSet.ForSelect(copy.Variables, [.. copy.Solutions.Skip(1)]);
            var replaced = SparqlResultSet.ForSelect(copy.Variables, [.. copy.Solutions.Skip(1), Row(("unexpected", Int(1)))]);

            Assert.False(SparqlResultComparer.Compare(results, fewer).AreEqual);
            Assert.False(SparqlResultComparer.Compare(results, replaced).AreEqual);
            Assert.NotEmpty(SparqlResultComparer.Compare(results, fewer).Difference);
        });
}
