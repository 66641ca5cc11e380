namespace KnowledgeGraph.Sparql.Algebra.Internal;

/// <summary>
/// Which variables an operator may bind ("maybe") and which it binds in every solution ("certain"). Rewrites and the
/// evaluator rely on "certain": a value that is always bound by a pattern is the same whether it is substituted early
/// or joined later. Blank-node positions count as variables named <c>_:label</c>.
/// </summary>
internal static class VariableScope
{
    public static HashSet<string> Maybe(AlgebraOp op)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        AddMaybe(op, set);
        return set;
    }

    /// <summary>The maybe-bound variables in first-appearance order (what SELECT * shows, blank-node variables excluded).</summary>
    public static List<string> Visible(AlgebraOp op)
    {
        switch (op)
        {
            case ProjectOp project:
                return [.. project.Variables];
            case DistinctOp d:
                return Visible(d.Input);
            case ReducedOp r:
                return Visible(r.Input);
            case SliceOp s:
                return Visible(s.Input);
            case OrderByOp o:
                return Visible(o.Input);
        }
        var ordered = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        AddMaybe(op, seen, ordered);
        return ordered.Where(static v => !v.StartsWith("_:", StringComparison.Ordinal)).ToList();
    }

    private static void AddMaybe(AlgebraOp op, HashSet<string> set, List<string>? order = null)
    {
        void Add(string? name)
        {
            if (name is not null && set.Add(name))
            {
                order?.Add(name);
            }
        }

        switch (op)
        {
            case BgpOp bgp:
                foreach (TriplePattern pattern in bgp.Patterns)
                {
                    foreach (string name in pattern.BindingNames())
                    {
                        Add(name);
                    }
                }
                break;
            case PathOp path:
                Add(path.Subject.BindingName);
                Add(path.Object.BindingName);
                break;
            case JoinOp j:
                AddMaybe(j.Left, set, order);
                AddMaybe(j.Right, set, order);
                break;
            case LeftJoinOp lj:
                AddMaybe(lj.Left, set, order);
                AddMaybe(lj.Right, set, order);
                break;
            case AntiJoinOp aj:
                AddMaybe(aj.Left, set, order);
                break;
            case FilterOp f:
                AddMaybe(f.Input, set, order);
                break;
            case UnionOp u:
                AddMaybe(u.Left, set, order);
                AddMaybe(u.Right, set, order);
                break;
            case GraphOp g:
                Add(g.Graph.Variable);
                AddMaybe(g.Input, set, order);
                break;
            case ExtendOp e:
                AddMaybe(e.Input, set, order);
                Add(e.Variable);
                break;
            case MinusOp m:
                AddMaybe(m.Left, set, order);
                break;
            case GroupOp group:
                foreach (GroupKey key in group.Keys)
                {
                    Add(key.Variable);
                }
                foreach (AggregateBinding aggregate in group.Aggregates)
                {
                    Add(aggregate.Variable);
                }
                break;
            case OrderByOp o:
                AddMaybe(o.Input, set, order);
                break;
            case ProjectOp p:
                foreach (string v in p.Variables)
                {
                    Add(v);
                }
                break;
            case DistinctOp d:
                AddMaybe(d.Input, set, order);
                break;
            case ReducedOp r:
                AddMaybe(r.Input, set, order);
                break;
            case SliceOp s:
                AddMaybe(s.Input, set, order);
                break;
            case TableOp t:
                foreach (string v in t.Variables)
                {
                    Add(v);
                }
                break;
            case ServiceOp service:
                Add(service.Endpoint.Variable);
                AddMaybe(service.Input, set, order);
                break;
            default:
                throw new NotSupportedException($"Unknown algebra operator {op.GetType().Name}.");
        }
    }

    public static HashSet<string> Certain(AlgebraOp op)
    {
        switch (op)
        {
            case BgpOp or PathOp:
                return Maybe(op);
            case JoinOp j:
            {
                HashSet<string> set = Certain(j.Left);
                set.UnionWith(Certain(j.Right));
                return set;
            }
            case LeftJoinOp lj:
                return Certain(lj.Left);
            case AntiJoinOp aj:
                return Certain(aj.Left);
            case FilterOp f:
                return Certain(f.Input);
            case UnionOp u:
            {
                HashSet<string> set = Certain(u.Left);
                set.IntersectWith(Certain(u.Right));
                return set;
            }
            case GraphOp g:
            {
                HashSet<string> set = Certain(g.Input);
                if (g.Graph.Variable is { } v)
                {
                    set.Add(v);
                }
                return set;
            }
            case ExtendOp e:
                return Certain(e.Input);
            case MinusOp m:
                return Certain(m.Left);
            case GroupOp group:
            {
                HashSet<string> inner = Certain(group.Input);
                var set = new HashSet<string>(StringComparer.Ordinal);
                foreach (GroupKey key in group.Keys)
                {
                    if (key.Variable is not null && key.Expression is VariableExpression ve && inner.Contains(ve.Name))
                    {
                        set.Add(key.Variable);
                    }
                }
                foreach (AggregateBinding a in group.Aggregates)
                {
                    if (a.Aggregate.Kind == AggregateKind.Count)
                    {
                        set.Add(a.Variable);
                    }
                }
                return set;
            }
            case OrderByOp o:
                return Certain(o.Input);
            case ProjectOp p:
            {
                HashSet<string> set = Certain(p.Input);
                set.IntersectWith(p.Variables);
                return set;
            }
            case DistinctOp d:
                return Certain(d.Input);
            case ReducedOp r:
                return Certain(r.Input);
            case SliceOp s:
                return Certain(s.Input);
            case TableOp t:
            {
                var set = new HashSet<string>(StringComparer.Ordinal);
                for (int i = 0; i < t.Variables.Count; i++)
                {
                    if (t.Rows.All(row => row[i] is not null))
                    {
                        set.Add(t.Variables[i]);
                    }
                }
                return set;
            }
            case ServiceOp:
                return new HashSet<string>(StringComparer.Ordinal);
            default:
                throw new NotSupportedException($"Unknown algebra operator {op.GetType().Name}.");
        }
    }

    /// <summary>The variables an expression reads, including those of EXISTS patterns.</summary>
    public static HashSet<string> Of(Expression expression)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        AddExpression(expression, set);
        return set;
    }

    public static bool ContainsExists(Expression expression) =>
        expression is ExistsExpression || Children(expression).Any(ContainsExists);

    /// <summary>The sub-expressions of an expression (not the pattern of an EXISTS).</summary>
    public static IEnumerable<Expression> Children(Expression expression) => expression switch
    {
        FunctionCallExpression call => call.Arguments,
        IfExpression i => [i.Condition, i.Then, i.Else],
        CoalesceExpression c => c.Arguments,
        AndExpression a => [a.Left, a.Right],
        OrExpression o => [o.Left, o.Right],
        NotExpression n => [n.Operand],
        InExpression i => [i.Operand, .. i.Members],
        _ => [],
    };

    private static void AddExpression(Expression expression, HashSet<string> set)
    {
        switch (expression)
        {
            case VariableExpression v:
                set.Add(v.Name);
                break;
            case BoundExpression b:
                set.Add(b.Variable);
                break;
            case ExistsExpression e:
                set.UnionWith(Maybe(e.Pattern));
                break;
            default:
                foreach (Expression child in Children(expression))
                {
                    AddExpression(child, set);
                }
                break;
        }
    }
}
