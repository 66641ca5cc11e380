using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>Join by pushing each left row into the right side as its parent, so the right's lookups use the left's bindings.</summary>
internal sealed class NestedLoopJoinNode(QueryContext context, PlanNode left, PlanNode right) : PlanNode(context)
{
    public override bool PushFriendly => left.PushFriendly && right.PushFriendly;

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        foreach (TermId[] row in left.Run(parent, graph))
        {
            foreach (TermId[] result in right.Run(row, graph))
            {
                yield return result;
            }
        }
    }
}
