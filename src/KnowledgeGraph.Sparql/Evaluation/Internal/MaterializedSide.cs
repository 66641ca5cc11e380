using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>
/// One side of a join evaluated once (without a parent) per active graph and kept as a <see cref="RowIndex"/>:
/// used when re-evaluating it per left row would be wasteful or wrong.
/// </summary>
internal sealed class MaterializedSide(QueryContext context, PlanNode input, int[] keySlots, ValueKeyProbe? valueKey = null)
{
    private readonly Dictionary<GraphSelector, RowIndex> _byGraph = [];

    public RowIndex Get(GraphSelector graph)
    {
        if (!_byGraph.TryGetValue(graph, out RowIndex? index))
        {
            index = new RowIndex(keySlots, Ticked(input.Run(context.NewRow(), graph)), valueKey);
            _byGraph.Add(graph, index);
        }
        return index;
    }

    private IEnumerable<TermId[]> Ticked(IEnumerable<TermId[]> rows)
    {
        foreach (TermId[] row in rows)
        {
            context.Tick();
            yield return row;
        }
    }
}
