using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>ORDER BY: a stable sort on keys computed once per row; keys that fail to evaluate sort as unbound.</summary>
internal sealed class OrderByNode(QueryContext context, PlanNode input, Evaluator[] keys, bool[] descending) : PlanNode(context)
{
    public override bool PushFriendly => false;

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        var entries = new List<(TermId[] Row, Term?[] Keys, int Index)>();
        foreach (TermId[] row in input.Run(parent, graph))
        {
            Context.Tick();
            var values = new Term?[keys.Length];
            for (int i = 0; i < keys.Length; i++)
            {
                try
                {
                    values[i] = keys[i](row, graph);
                }
                catch (ExpressionErrorException)
                {
                    values[i] = null;
                }
            }
            entries.Add((row, values, entries.Count));
        }
        Context.CheckNow();
        try
        {
            // Sorting millions of rows takes seconds, so the comparison ticks too: the time limit holds during the
            // sort. Ties fall back to arrival order, which keeps the sort stable as ORDER BY ties rely on.
            entries.Sort(Compare);
        }
        catch (InvalidOperationException error) when (error.InnerException is QueryTimeoutException or OperationCanceledException)
        {
            // The sort wraps whatever the comparison throws; callers expect the timeout or cancellation itself.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error.InnerException);
        }
        foreach (var entry in entries)
        {
            yield return entry.Row;
        }
    }

    private int Compare((TermId[] Row, Term?[] Keys, int Index) x, (TermId[] Row, Term?[] Keys, int Index) y)
    {
        Context.Tick();
        for (int i = 0; i < x.Keys.Length; i++)
        {
            int c = Context.Functions.CompareForOrderBy(x.Keys[i], y.Keys[i]);
            if (c != 0)
            {
                return descending[i] ? -c : c;
            }
        }
        return x.Index.CompareTo(y.Index);
    }
}
