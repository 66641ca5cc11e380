using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>GRAPH: runs the input with a named graph active; a variable ranges over the dataset's named graphs.</summary>
internal sealed class GraphNode(QueryContext context, PlanNode input, TermId constant, int slot) : PlanNode(context)
{
    public override bool PushFriendly => input.PushFriendly;

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        if (slot < 0)
        {
            return Context.NamedGraphSet.Contains(constant) ? input.Run(parent, GraphSelector.Named(constant)) : [];
        }
        TermId bound = parent[slot];
        if (bound.Value != 0)
        {
            return Context.NamedGraphSet.Contains(bound) ? input.Run(parent, GraphSelector.Named(bound)) : [];
        }
        return EachGraph(parent);
    }

    private IEnumerable<TermId[]> EachGraph(TermId[] parent)
    {
        foreach (TermId name in Context.NamedGraphs)
        {
            Context.Tick();
            var row = (TermId[])parent.Clone();
            row[slot] = name;
            foreach (TermId[] result in input.Run(row, GraphSelector.Named(name)))
            {
                yield return result;
            }
        }
    }
}
