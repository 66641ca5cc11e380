using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>MINUS: drops left rows that share a binding with, and are compatible with, some right row (the right side is materialised once).</summary>
internal sealed class MinusNode(QueryContext context, PlanNode left, MaterializedSide right) : PlanNode(context)
{
    public override bool PushFriendly => false;

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        RowIndex? index = null;
        foreach (TermId[] row in left.Run(parent, graph))
        {
            index ??= right.Get(graph);
            bool removed = false;
            foreach (TermId[] candidate in index.Candidates(row))
            {
                Context.Tick();
                if (Rows.ShareBinding(row, candidate) && Rows.Compatible(row, candidate))
                {
                    removed = true;
                    break;
                }
            }
            if (!removed)
            {
                yield return row;
            }
        }
    }
}
