using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>DISTINCT, streaming: a row is passed on the first time it is seen.</summary>
internal sealed class DistinctNode(QueryContext context, PlanNode input) : PlanNode(context)
{
    public override bool PushFriendly => false;

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        var seen = new HashSet<TermId[]>(RowComparer.Instance);
        foreach (TermId[] row in input.Run(parent, graph))
        {
            Context.Tick();
            if (seen.Add(row))
            {
                yield return row;
            }
        }
    }
}
