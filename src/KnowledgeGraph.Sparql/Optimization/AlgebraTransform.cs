using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>Bottom-up rebuilding of operator trees, shared by the rewrites.</summary>
internal static class AlgebraTransform
{
    /// <summary>Rewrites the children first, then applies <paramref name="rewrite"/> to the rebuilt node.</summary>
    public static AlgebraOp BottomUp(AlgebraOp op, Func<AlgebraOp, AlgebraOp> rewrite) =>
        rewrite(MapChildren(op, child => BottomUp(child, rewrite)));

    /// <summary>The node with each direct child replaced.</summary>
    public static AlgebraOp MapChildren(AlgebraOp op, Func<AlgebraOp, AlgebraOp> map) => op switch
    {
        JoinOp j => j with { Left = map(j.Left), Right = map(j.Right) },
        LeftJoinOp lj => lj with { Left = map(lj.Left), Right = map(lj.Right) },
        AntiJoinOp aj => aj with { Left = map(aj.Left), Right = map(aj.Right) },
        FilterOp f => f with { Input = map(f.Input) },
        UnionOp u => u with { Left = map(u.Left), Right = map(u.Right) },
        GraphOp g => g with { Input = map(g.Input) },
        ExtendOp e => e with { Input = map(e.Input) },
        MinusOp m => m with { Left = map(m.Left), Right = map(m.Right) },
        GroupOp g => g with { Input = map(g.Input) },
        OrderByOp o => o with { Input = map(o.Input) },
        ProjectOp p => p with { Input = map(p.Input) },
        DistinctOp d => d with { Input = map(d.Input) },
        ReducedOp r => r with { Input = map(r.Input) },
        SliceOp s => s with { Input = map(s.Input) },
        ServiceOp s => s with { Input = map(s.Input) },
        _ => op,
    };

    /// <summary>The node with each expression it holds directly replaced (not those of its children).</summary>
    public static AlgebraOp MapExpressions(AlgebraOp op, Func<Expression, Expression> map) => op switch
    {
        FilterOp f => f with { Condition = map(f.Condition) },
        LeftJoinOp { Filter: not null } lj => lj with { Filter = map(lj.Filter) },
        AntiJoinOp { Filter: not null } aj => aj with { Filter = map(aj.Filter) },
        ExtendOp e => e with { Expression = map(e.Expression) },
        OrderByOp o => o with { Conditions = o.Conditions.Select(c => c with { Expression = map(c.Expression) }).ToList() },
        GroupOp g => g with
        {
            Keys = g.Keys.Select(k => k with { Expression = map(k.Expression) }).ToList(),
            Aggregates = g.Aggregates.Select(a => a.Aggregate.Argument is null ? a : a with { Aggregate = a.Aggregate with { Argument = map(a.Aggregate.Argument) } }).ToList(),
        },
        _ => op,
    };

    /// <summary>The conjuncts of an expression (<c>a &amp;&amp; b &amp;&amp; c</c> gives three).</summary>
    public static List<Expression> Conjuncts(Expression expression)
    {
        var list = new List<Expression>();
        void Add(Expression e)
        {
            if (e is AndExpression and)
            {
                Add(and.Left);
                Add(and.Right);
            }
            else
            {
                list.Add(e);
            }
        }
        Add(expression);
        return list;
    }
}
