using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>
/// The variable pairs a filter requires to be equal: the <c>?a = ?b</c> and <c>sameTerm(?a, ?b)</c> tests among its
/// top-level <c>&amp;&amp;</c> conjuncts. A row where such a test is false or an error fails the whole filter, so a
/// join may skip every pair whose values cannot be equal.
/// </summary>
internal static class EqualityConjuncts
{
    public static IEnumerable<(string A, string B)> Of(Expression? condition)
    {
        switch (condition)
        {
            case AndExpression and:
                foreach ((string, string) pair in Of(and.Left).Concat(Of(and.Right)))
                {
                    yield return pair;
                }
                break;
            case FunctionCallExpression { Arguments: [VariableExpression a, VariableExpression b] } call
                when a.Name != b.Name
                    && (call.Name == "=" || string.Equals(call.Name, "SAMETERM", StringComparison.OrdinalIgnoreCase)):
                yield return (a.Name, b.Name);
                break;
        }
    }
}
