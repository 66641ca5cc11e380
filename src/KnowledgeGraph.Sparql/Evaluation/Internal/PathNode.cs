using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>A property path pattern: the pairs the path connects, bound to its two ends.</summary>
internal sealed class PathNode(QueryContext context, PathEvaluator paths, CompiledPosition subject, PropertyPath path, CompiledPosition obj) : PlanNode(context)
{
    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        TermId? s = subject.Resolve(parent), o = obj.Resolve(parent);
        bool sameVariable = subject.Slot >= 0 && subject.Slot == obj.Slot;
        foreach ((TermId start, TermId end) in paths.Evaluate(path, s, o, graph))
        {
            Context.Tick();
            if (sameVariable && start != end)
            {
                continue;
            }
            TermId[] row = parent;
            if (subject.Slot >= 0 && row[subject.Slot].Value == 0)
            {
                row = (TermId[])row.Clone();
                row[subject.Slot] = start;
            }
            if (obj.Slot >= 0 && row[obj.Slot].Value == 0)
            {
                row = row == parent ? (TermId[])row.Clone() : row;
                row[obj.Slot] = end;
            }
            yield return row;
        }
    }
}
