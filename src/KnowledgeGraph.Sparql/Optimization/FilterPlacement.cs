using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Algebra.Internal;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// Splits filters into conjuncts and moves each as far down as its meaning allows, so rows are discarded before they
/// are joined. A conjunct moves into one side of a join only if every variable it reads that the other side might bind
/// is always bound by this side (so the value it sees is the same); into the left of OPTIONAL under the same rule with
/// the right side; into the left of MINUS and both branches of UNION always; below BIND when it does not read the
/// bound variable; never into the right of OPTIONAL/MINUS, nor into sub-queries. Conjuncts with EXISTS stay put,
/// because they read the whole row.
/// </summary>
internal static class FilterPlacement
{
    public static AlgebraOp Apply(AlgebraOp op) => AlgebraTransform.BottomUp(op, node =>
        node is FilterOp filter ? PlaceAll(filter.Input, AlgebraTransform.Conjuncts(filter.Condition)) : node);

    private static AlgebraOp PlaceAll(AlgebraOp input, List<Expression> conjuncts)
    {
        AlgebraOp result = input;
        foreach (Expression conjunct in conjuncts)
        {
            result = Place(result, conjunct);
        }
        return result;
    }

    private static AlgebraOp Place(AlgebraOp op, Expression conjunct)
    {
        if (VariableScope.ContainsExists(conjunct))
        {
            return new FilterOp(conjunct, op);
        }
        HashSet<string> reads = VariableScope.Of(conjunct);
        switch (op)
        {
            case JoinOp join:
                if (SeesSameValues(reads, join.Left, join.Right))
                {
                    return join with { Left = Place(join.Left, conjunct) };
                }
                if (SeesSameValues(reads, join.Right, join.Left))
                {
                    return join with { Right = Place(join.Right, conjunct) };
                }
                break;
            case LeftJoinOp lj when SeesSameValues(reads, lj.Left, lj.Right):
                return lj with { Left = Place(lj.Left, conjunct) };
            case AntiJoinOp aj:
                return aj with { Left = Place(aj.Left, conjunct) };
            case MinusOp minus:
                return minus with { Left = Place(minus.Left, conjunct) };
            case UnionOp union:
                return union with { Left = Place(union.Left, conjunct), Right = Place(union.Right, conjunct) };
            case ExtendOp extend when !reads.Contains(extend.Variable):
                return extend with { Input = Place(extend.Input, conjunct) };
            case GraphOp graph when graph.Graph.Variable is not { } g || !reads.Contains(g) || VariableScope.Certain(graph.Input).Contains(g):
                return graph with { Input = Place(graph.Input, conjunct) };
            case FilterOp filter:
                return filter with { Input = Place(filter.Input, conjunct) };
        }
        return new FilterOp(conjunct, op);
    }

    // Moving into `side` is safe when each read variable the other side may bind is always bound by `side`.
    private static bool SeesSameValues(HashSet<string> reads, AlgebraOp side, AlgebraOp other)
    {
        HashSet<string> sideMaybe = VariableScope.Maybe(side);
        if (reads.Count > 0 && !reads.Any(sideMaybe.Contains))
        {
            return false;
        }
        HashSet<string> otherMaybe = VariableScope.Maybe(other);
        HashSet<string> sideCertain = VariableScope.Certain(side);
        return reads.All(v => !otherMaybe.Contains(v) || sideCertain.Contains(v));
    }
}
