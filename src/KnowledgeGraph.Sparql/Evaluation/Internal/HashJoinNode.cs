using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>Join against a materialised right side (hashed on shared always-bound variables); the left side streams.</summary>
internal sealed class HashJoinNode(QueryContext context, PlanNode left, MaterializedSide right) : PlanNode(context)
{
    public override bool PushFriendly => false;

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        RowIndex? index = null;
        foreach (TermId[] row in left.Run(parent, graph))
        {
            index ??= right.Get(graph);
            foreach (TermId[] candidate in index.Candidates(row))
            {
                Context.Tick();
                if (Rows.Compatible(row, candidate))
                {
                    yield return Rows.Merge(row, candidate);
                }
            }
        }
    }
}
