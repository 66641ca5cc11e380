using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>Evaluates its input without the parent's bindings, then joins: for operators whose result would change if bindings were pushed in.</summary>
internal sealed class IsolatedNode(QueryContext context, PlanNode input) : PlanNode(context)
{
    public override bool PushFriendly => false;

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        bool parentEmpty = Array.TrueForAll(parent, static id => id.Value == 0);
        foreach (TermId[] row in input.Run(Context.NewRow(), graph))
        {
            if (parentEmpty)
            {
                yield return row;
            }
            else if (Rows.Compatible(parent, row))
            {
                yield return Rows.Merge(parent, row);
            }
        }
    }
}
