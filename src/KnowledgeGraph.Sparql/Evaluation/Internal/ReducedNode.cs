using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>REDUCED: drops a row equal to the one just before it (allowed, cheap, and streaming).</summary>
internal sealed class ReducedNode(QueryContext context, PlanNode input) : PlanNode(context)
{
    public override bool PushFriendly => false;

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        TermId[]? previous = null;
        foreach (TermId[] row in input.Run(parent, graph))
        {
            if (previous is null || !RowComparer.Instance.Equals(previous, row))
            {
                yield return row;
            }
            previous = row;
        }
    }
}
