using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

/// <summary>Exact equality of result sets: same variables in order, same rows in order, same terms and labels.</summary>
internal static class ResultAssert
{
    public static void Identical(SparqlResultSet expected, SparqlResultSet actual)
    {
        Assert.Equal(expected.Boolean, actual.Boolean);
        Assert.Equal(expected.Variables, actual.Variables);
        Assert.Equal(expected.Solutions.Count, actual.Solutions.Count);
        for (int i = 0; i < expected.Solutions.Count; i++)
        {
            var want = expected.Solutions[i].Bindings.OrderBy(b => b.Key, StringComparer.Ordinal).ToList();
            var got = actual.Solutions[i].Bindings.OrderBy(b => b.Key, StringComparer.Ordinal).ToList();
            Assert.Equal(want, got);
        }
    }
}
