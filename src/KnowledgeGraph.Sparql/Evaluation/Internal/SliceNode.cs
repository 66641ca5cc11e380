using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>OFFSET/LIMIT; stops pulling from its input once the limit is reached.</summary>
internal sealed class SliceNode(QueryContext context, PlanNode input, long offset, long? limit) : PlanNode(context)
{
    public override bool PushFriendly => false;

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        if (limit is 0)
        {
            yield break;
        }
        long index = 0, taken = 0;
        foreach (TermId[] row in input.Run(parent, graph))
        {
            if (index++ < offset)
            {
                continue;
            }
            yield return row;
            if (limit is { } max && ++taken >= max)
            {
                yield break;
            }
        }
    }
}
