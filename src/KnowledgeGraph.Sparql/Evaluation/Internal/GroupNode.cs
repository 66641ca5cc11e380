using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>
/// GROUP BY + aggregates. Groups keep their first-appearance order. A key that fails to evaluate is unbound.
/// Output rows hold only the named keys and the aggregate variables.
/// </summary>
internal sealed class GroupNode(
    QueryContext context,
    PlanNode input,
    Evaluator[] keys,
    int[] keySlots,
    IReadOnlyList<(Aggregate Aggregate, Evaluator? Argument, int Slot)> aggregates) : PlanNode(context)
{
    public override bool PushFriendly => false;

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        var groups = new Dictionary<TermId[], AggregateAccumulator[]>(RowComparer.Instance);
        var order = new List<TermId[]>();
        foreach (TermId[] row in input.Run(parent, graph))
        {
            Context.Tick();
            TermId[] key = KeyOf(row, graph);
            if (!groups.TryGetValue(key, out AggregateAccumulator[]? accumulators))
            {
                accumulators = NewAccumulators();
                groups.Add(key, accumulators);
                order.Add(key);
            }
            foreach (AggregateAccumulator accumulator in accumulators)
            {
                accumulator.Add(row, graph);
            }
        }
        // Without GROUP BY the whole (possibly empty) input is one group: COUNT(*) over nothing is 0.
        if (order.Count == 0 && keys.Length == 0)
        {
            order.Add([]);
            groups.Add([], NewAccumulators());
        }
        foreach (TermId[] key in order)
        {
            TermId[] result = (TermId[])parent.Clone();
            for (int i = 0; i < keys.Length; i++)
            {
                if (keySlots[i] >= 0)
                {
                    result[keySlots[i]] = key[i];
                }
            }
            AggregateAccumulator[] accumulators = groups[key];
            for (int i = 0; i < accumulators.Length; i++)
            {
                if (accumulators[i].Result() is { } value)
                {
                    result[aggregates[i].Slot] = Context.Encode(value);
                }
            }
            yield return result;
        }
    }

    private AggregateAccumulator[] NewAccumulators() =>
        aggregates.Select(a => new AggregateAccumulator(Context, a.Aggregate, a.Argument)).ToArray();

    private TermId[] KeyOf(TermId[] row, GraphSelector graph)
    {
        var key = new TermId[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            try
            {
                key[i] = Context.Encode(keys[i](row, graph));
            }
            catch (ExpressionErrorException)
            {
                key[i] = default;
            }
        }
        return key;
    }
}
