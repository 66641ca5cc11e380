using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>A property path pattern: the pairs the path connects, bound to its two ends.</summary>
/// <remarks>
/// <paramref name="substituted"/> marks an EXISTS pattern, where the current row's values are substituted into the
/// pattern as constants (section 18.6), so a pushed-in value may match itself by a zero-length path.
/// </remarks>
internal sealed class PathNode(QueryContext context, PathEvaluator paths, CompiledPosition subject, PropertyPath path, CompiledPosition obj, bool substituted) : PlanNode(context)
{
    private readonly bool _checkPushedEnds = !substituted && CanBeZeroLength(path);

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        TermId? s = subject.Resolve(parent), o = obj.Resolve(parent);
        if (_checkPushedEnds && (!IsNodeIfPushed(subject, parent, graph) || !IsNodeIfPushed(obj, parent, graph)))
        {
            yield break;
        }
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

    // A variable end ranges over the graph's nodes (section 18.5, ZeroLengthPath), so a value pushed in from a join
    // that is not a node of the active graph has no solution; only a constant end may match itself outside the graph.
    // Without the check, VALUES ?v { 1 } joined with ?v :p? ?v would wrongly match the zero-length path from 1 to 1.
    private bool IsNodeIfPushed(CompiledPosition end, TermId[] parent, GraphSelector graph)
    {
        if (end.Slot < 0 || parent[end.Slot].Value == 0)
        {
            return true;
        }
        TermId term = parent[end.Slot];
        return Context.Match(graph, term, null, null).Any() || Context.Match(graph, null, null, term).Any();
    }

    private static bool CanBeZeroLength(PropertyPath path) => path switch
    {
        ZeroOrOnePath or ZeroOrMorePath => true,
        SequencePath seq => CanBeZeroLength(seq.First) && CanBeZeroLength(seq.Second),
        AlternativePath alt => CanBeZeroLength(alt.Left) || CanBeZeroLength(alt.Right),
        InversePath inverse => CanBeZeroLength(inverse.Path),
        _ => false,
    };
}
