using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>
/// OPTIONAL (and, with <c>anti</c>, the optimizer's anti-join). Each left row is either pushed into the right side
/// (index nested loop) or probed against the right side materialised once; the filter sees the merged row.
/// </summary>
internal sealed class LeftJoinNode(
    QueryContext context,
    PlanNode left,
    PlanNode? nestedRight,
    MaterializedSide? materializedRight,
    Evaluator? filter,
    int[] strictSlots,
    ExpressionCompiler expressions,
    bool anti) : PlanNode(context)
{
    public override bool PushFriendly => left.PushFriendly && nestedRight is { PushFriendly: true };

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        foreach (TermId[] row in left.Run(parent, graph))
        {
            bool matched = false;
            foreach (TermId[] merged in Matches(row, graph))
            {
                Context.Tick();
                if (filter is not null && !(ExpressionCompiler.StrictSlotsBound(strictSlots, merged) && expressions.Test(filter, merged, graph)))
                {
                    continue;
                }
                matched = true;
                if (anti)
                {
                    break;
                }
                yield return merged;
            }
            if (!matched)
            {
                yield return row;
            }
        }
    }

    private IEnumerable<TermId[]> Matches(TermId[] row, GraphSelector graph)
    {
        if (nestedRight is not null)
        {
            return nestedRight.Run(row, graph);
        }
        return Probe(materializedRight!.Get(graph), row);
    }

    private static IEnumerable<TermId[]> Probe(RowIndex index, TermId[] row)
    {
        foreach (TermId[] candidate in index.Candidates(row))
        {
            if (Rows.Compatible(row, candidate))
            {
                yield return Rows.Merge(row, candidate);
            }
        }
    }
}
