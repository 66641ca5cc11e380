using A = KnowledgeGraph.Sparql.Algebra;
using S = KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Translation;

/// <summary>
/// One translation run. It owns the fresh-variable counter so that fresh names are unique within a query,
/// including its sub-queries and EXISTS patterns.
/// </summary>
internal sealed partial class QueryTranslator
{
    /// <summary>
    /// A SELECT query (also a sub-select): the pattern, grouping and aggregates, HAVING, VALUES, select expressions,
    /// ORDER BY, projection, DISTINCT/REDUCED and slice, in the order of sections 18.2.4 and 18.2.5.
    /// </summary>
    public A.AlgebraOp Select(S.SelectQuery query)
    {
        A.AlgebraOp op = Group(query.Where);
        S.SolutionModifier modifier = query.Modifier;
        var aggregates = new List<A.AggregateBinding>();
        bool grouped = modifier.GroupBy.Count > 0
            || modifier.Having.Count > 0
            || query.Items.Any(static item => item.Expression is not null && HasAggregate(item.Expression))
            || modifier.OrderBy.Any(static o => HasAggregate(o.Expression));

        var selectExpressions = new List<(string Variable, A.Expression Expression)>();
        var having = new List<A.Expression>();
        var order = new List<A.OrderCondition>();
        if (grouped)
        {
            var keys = modifier.GroupBy
                .Select(k => k.Alias is null && k.Expression is S.VariableExpression v
                    ? A.GroupKey.Of(v.Name)
                    : new A.GroupKey(Expression(k.Expression), k.Alias))
                .ToList();
            foreach (S.SelectItem item in query.Items.Where(static i => i.Expression is not null))
            {
                selectExpressions.Add((item.Variable, Expression(item.Expression!, aggregates)));
            }
            having.AddRange(modifier.Having.Select(h => Expression(h, aggregates)));
            order.AddRange(modifier.OrderBy.Select(o => new A.OrderCondition(Expression(o.Expression, aggregates), o.Descending)));
            op = new A.GroupOp(op, keys, aggregates);
        }
        else
        {
            foreach (S.SelectItem item in query.Items.Where(static i => i.Expression is not null))
            {
                selectExpressions.Add((item.Variable, Expression(item.Expression!)));
            }
            having.AddRange(modifier.Having.Select(Expression));
            order.AddRange(modifier.OrderBy.Select(o => new A.OrderCondition(Expression(o.Expression), o.Descending)));
        }

        foreach (A.Expression condition in having)
        {
            op = new A.FilterOp(condition, op);
        }
        if (query.Values is not null)
        {
            op = Join(op, Table(query.Values));
        }
        foreach (var (variable, expression) in selectExpressions)
        {
            op = new A.ExtendOp(op, variable, expression);
        }
        if (order.Count > 0)
        {
            op = new A.OrderByOp(op, order);
        }
        IReadOnlyList<string> projected = query.IsSelectAll
            ? Algebra.Internal.VariableScope.Visible(op)
            : query.Items.Select(static i => i.Variable).ToList();
        op = new A.ProjectOp(op, projected);
        op = query.Projection switch
        {
            S.ProjectionModifier.Distinct => new A.DistinctOp(op),
            S.ProjectionModifier.Reduced => new A.ReducedOp(op),
            _ => op,
        };
        return Slice(op, modifier);
    }

    /// <summary>ASK, CONSTRUCT and DESCRIBE: the pattern, trailing VALUES, ORDER BY and slice; no projection.</summary>
    public A.AlgebraOp Solutions(S.SparqlQuery query)
    {
        A.AlgebraOp op = query.Where is null ? A.TableOp.Unit : Group(query.Where);
        if (query.Values is not null)
        {
            op = Join(op, Table(query.Values));
        }
        if (query.Modifier.OrderBy.Count > 0)
        {
            op = new A.OrderByOp(op, query.Modifier.OrderBy.Select(o => new A.OrderCondition(Expression(o.Expression), o.Descending)).ToList());
        }
        return Slice(op, query.Modifier);
    }

    private static A.AlgebraOp Slice(A.AlgebraOp op, S.SolutionModifier modifier) =>
        modifier.Limit is null && modifier.Offset is null ? op : new A.SliceOp(op, modifier.Offset ?? 0, modifier.Limit);
}
