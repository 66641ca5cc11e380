using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>
/// Projection. Only the projected variables of the parent go in, and only they come out, so a sub-query's other
/// variables never meet the outer query's variables of the same name.
/// </summary>
internal sealed class ProjectNode(QueryContext context, PlanNode input, int[] slots) : PlanNode(context)
{
    public override bool PushFriendly => input.PushFriendly;

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        TermId[] inner = Context.NewRow();
        foreach (int slot in slots)
        {
            inner[slot] = parent[slot];
        }
        foreach (TermId[] row in input.Run(inner, graph))
        {
            var result = (TermId[])parent.Clone();
            foreach (int slot in slots)
            {
                result[slot] = row[slot];
            }
            yield return result;
        }
    }
}
