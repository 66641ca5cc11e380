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
        var entries = new List<(TermId[] Row, Term?[] Keys)>();
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
            entries.Add((row, values));
        }
        Context.CheckNow();
        // Enumerable.OrderBy is a stable sort, which ORDER BY ties rely on.
        return entries.OrderBy(static e => e.Keys, Comparer<Term?[]>.Create(Compare)).Select(static e => e.Row);
    }

    private int Compare(Term?[] x, Term?[] y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            int c = Context.Functions.CompareForOrderBy(x[i], y[i]);
            if (c != 0)
            {
                return descending[i] ? -c : c;
            }
        }
        return 0;
    }
}
