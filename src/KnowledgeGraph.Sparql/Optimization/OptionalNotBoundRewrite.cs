using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Algebra.Internal;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// <c>(filter (! (bound ?v)) (leftjoin A B f))</c> becomes <c>(antijoin A B f)</c> when B binds ?v in every solution
/// and A never binds it: then ?v is unbound exactly in the left rows that found no match, and the anti-join can stop at
/// the first match instead of producing every extension only to discard it.
/// </summary>
internal static class OptionalNotBoundRewrite
{
    public static AlgebraOp Apply(AlgebraOp op) => AlgebraTransform.BottomUp(op, Rewrite);

    private static AlgebraOp Rewrite(AlgebraOp node)
    {
        if (node is FilterOp { Condition: NotExpression { Operand: BoundExpression bound }, Input: LeftJoinOp lj }
            && VariableScope.Certain(lj.Right).Contains(bound.Variable)
            && !VariableScope.Maybe(lj.Left).Contains(bound.Variable))
        {
            return new AntiJoinOp(lj.Left, lj.Right, lj.Filter);
        }
        return node;
    }
}
