using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// The algebra rewrites applied before evaluation, in order: constant folding, filter placement, equality filters to
/// substitutions, OPTIONAL + FILTER(!BOUND) to anti-joins. Each preserves the query's results. (Join order inside a
/// BGP is chosen at evaluation time from the store's statistics.)
/// </summary>
public static class AlgebraOptimizer
{
    /// <summary>Rewrites an operator tree.</summary>
    /// <param name="op">The algebra.</param>
    /// <param name="functions">The library used to fold constant calls; null skips folding.</param>
    public static AlgebraOp Optimize(AlgebraOp op, IFunctionLibrary? functions)
    {
        ArgumentNullException.ThrowIfNull(op);
        AlgebraOp result = op;
        if (functions is not null)
        {
            result = new ConstantFolding(functions).Apply(result);
        }
        result = FilterPlacement.Apply(result);
        result = EqualityFilterRewrite.Apply(result);
        result = OptionalNotBoundRewrite.Apply(result);
        return result;
    }
}
