using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Prints algebra as SSE S-expressions in the style of Jena's <c>qparse --print=op</c>: one operator per line,
/// children indented by two spaces, expressions and paths inline (<c>(= ?x 1)</c>, <c>(seq &lt;p&gt; &lt;q&gt;)</c>).
/// Terms are written in N-Triples form. The output is deterministic, so rewrites can be tested against golden text.
/// </summary>
public static partial class SseWriter
{
    /// <summary>Prints an operator tree.</summary>
    public static string Write(AlgebraOp op)
    {
        ArgumentNullException.ThrowIfNull(op);
        var builder = new StringBuilder();
        WriteOp(builder, op, 0);
        return builder.ToString();
    }

    /// <summary>Prints an expression on one line.</summary>
    public static string WriteExpression(Expression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var builder = new StringBuilder();
        AppendExpression(builder, expression);
        return builder.ToString();
    }

    /// <summary>Prints a property path on one line.</summary>
    public static string WritePath(PropertyPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var builder = new StringBuilder();
        AppendPath(builder, path);
        return builder.ToString();
    }

    private static void WriteOp(StringBuilder b, AlgebraOp op, int indent)
    {
        b.Append(' ', indent);
        switch (op)
        {
            case BgpOp bgp:
                b.Append("(bgp");
                if (bgp.Patterns.Count == 1)
                {
                    b.Append(' ');
                    AppendTriple(b, bgp.Patterns[0]);
                }
                else
                {
                    foreach (TriplePattern pattern in bgp.Patterns)
                    {
                        b.Append('\n').Append(' ', indent + 2);
                        AppendTriple(b, pattern);
                    }
                }
                b.Append(')');
                return;
            case PathOp path:
                b.Append("(path ");
                AppendPatternTerm(b, path.Subject);
                b.Append(' ');
                AppendPath(b, path.Path);
                b.Append(' ');
                AppendPatternTerm(b, path.Object);
                b.Append(')');
                return;
            case JoinOp j:
                Binary(b, "join", j.Left, j.Right, null, indent);
                return;
            case LeftJoinOp lj:
                Binary(b, "leftjoin", lj.Left, lj.Right, lj.Filter, indent);
                return;
            case AntiJoinOp aj:
                Binary(b, "antijoin", aj.Left, aj.Right, aj.Filter, indent);
                return;
            case UnionOp u:
                Binary(b, "union", u.Left, u.Right, null, indent);
                return;
            case MinusOp m:
                Binary(b, "minus", m.Left, m.Right, null, indent);
                return;
            case FilterOp f:
                b.Append("(filter ");
                AppendExpression(b, f.Condition);
                Child(b, f.Input, indent);
                return;
            case GraphOp g:
                b.Append("(graph ");
                AppendPatternTerm(b, g.Graph);
                Child(b, g.Input, indent);
                return;
            case ServiceOp s:
                b.Append(s.Silent ? "(service silent " : "(service ");
                AppendPatternTerm(b, s.Endpoint);
                Child(b, s.Input, indent);
                return;
            case ExtendOp e:
                b.Append("(extend ((?").Append(e.Variable).Append(' ');
                AppendExpression(b, e.Expression);
                b.Append("))");
                Child(b, e.Input, indent);
                return;
            case GroupOp group:
                AppendGroupHead(b, group);
                Child(b, group.Input, indent);
                return;
            case OrderByOp order:
                b.Append("(order (");
                for (int i = 0; i < order.Conditions.Count; i++)
                {
                    if (i > 0)
                    {
                        b.Append(' ');
                    }
                    OrderCondition c = order.Conditions[i];
                    if (c.Descending)
                    {
                        b.Append("(desc ");
                        AppendExpression(b, c.Expression);
                        b.Append(')');
                    }
                    else
                    {
                        AppendExpression(b, c.Expression);
                    }
                }
                b.Append(')');
                Child(b, order.Input, indent);
                return;
            case ProjectOp p:
                b.Append("(project (").AppendJoin(' ', p.Variables.Select(static v => "?" + v)).Append(')');
                Child(b, p.Input, indent);
                return;
            case DistinctOp d:
                b.Append("(distinct");
                Child(b, d.Input, indent);
                return;
            case ReducedOp r:
                b.Append("(reduced");
                Child(b, r.Input, indent);
                return;
            case SliceOp s:
                b.Append("(slice ").Append(s.Offset == 0 ? "_" : s.Offset.ToString(CultureInfo.InvariantCulture))
                    .Append(' ').Append(s.Limit is { } limit ? limit.ToString(CultureInfo.InvariantCulture) : "_");
                Child(b, s.Input, indent);
                return;
            case TableOp t:
                AppendTable(b, t, indent);
                return;
            default:
                throw new NotSupportedException($"Unknown algebra operator {op.GetType().Name}.");
        }
    }

    private static void Binary(StringBuilder b, string name, AlgebraOp left, AlgebraOp right, Expression? filter, int indent)
    {
        b.Append('(').Append(name).Append('\n');
        WriteOp(b, left, indent + 2);
        b.Append('\n');
        WriteOp(b, right, indent + 2);
        if (filter is not null)
        {
            b.Append('\n').Append(' ', indent + 2);
            AppendExpression(b, filter);
        }
        b.Append(')');
    }

    private static void Child(StringBuilder b, AlgebraOp child, int indent)
    {
        b.Append('\n');
        WriteOp(b, child, indent + 2);
        b.Append(')');
    }

    private static void AppendGroupHead(StringBuilder b, GroupOp group)
    {
        b.Append("(group (");
        for (int i = 0; i < group.Keys.Count; i++)
        {
            if (i > 0)
            {
                b.Append(' ');
            }
            GroupKey key = group.Keys[i];
            if (key.Variable is not null && key.Expression is VariableExpression v && v.Name == key.Variable)
            {
                b.Append('?').Append(v.Name);
            }
            else if (key.Variable is not null)
            {
                b.Append("(?").Append(key.Variable).Append(' ');
                AppendExpression(b, key.Expression);
                b.Append(')');
            }
            else
            {
                AppendExpression(b, key.Expression);
            }
        }
        b.Append(") (");
        for (int i = 0; i < group.Aggregates.Count; i++)
        {
            if (i > 0)
            {
                b.Append(' ');
            }
            AggregateBinding a = group.Aggregates[i];
            b.Append("(?").Append(a.Variable).Append(' ');
            AppendAggregate(b, a.Aggregate);
            b.Append(')');
        }
        b.Append(')');
    }

    private static void AppendAggregate(StringBuilder b, Aggregate aggregate)
    {
        b.Append('(').Append(aggregate.Kind switch
        {
            AggregateKind.Count => "count",
            AggregateKind.Sum => "sum",
            AggregateKind.Min => "min",
            AggregateKind.Max => "max",
            AggregateKind.Avg => "avg",
            AggregateKind.Sample => "sample",
            _ => "group_concat",
        });
        if (aggregate.Distinct)
        {
            b.Append(" distinct");
        }
        if (aggregate.Argument is not null)
        {
            b.Append(' ');
            AppendExpression(b, aggregate.Argument);
        }
        if (aggregate.Kind == AggregateKind.GroupConcat && aggregate.Separator is not null)
        {
            b.Append(' ');
            NTriplesTermFormatter.AppendQuotedString(b, aggregate.Separator);
        }
        b.Append(')');
    }

    private static void AppendTable(StringBuilder b, TableOp table, int indent)
    {
        if (table.Variables.Count == 0 && table.Rows.Count == 1)
        {
            b.Append("(table unit)");
            return;
        }
        if (table.Variables.Count == 0 && table.Rows.Count == 0)
        {
            b.Append("(table empty)");
            return;
        }
        b.Append("(table (vars").AppendJoin("", table.Variables.Select(static v => " ?" + v)).Append(')');
        foreach (IReadOnlyList<Term?> row in table.Rows)
        {
            b.Append('\n').Append(' ', indent + 2).Append("(row");
            for (int i = 0; i < table.Variables.Count; i++)
            {
                if (row[i] is { } term)
                {
                    b.Append(" [?").Append(table.Variables[i]).Append(' ').Append(term.ToString()).Append(']');
                }
            }
            b.Append(')');
        }
        b.Append(')');
    }

    private static void AppendTriple(StringBuilder b, TriplePattern pattern)
    {
        b.Append("(triple ");
        AppendPatternTerm(b, pattern.Subject);
        b.Append(' ');
        AppendPatternTerm(b, pattern.Predicate);
        b.Append(' ');
        AppendPatternTerm(b, pattern.Object);
        b.Append(')');
    }

    private static void AppendPatternTerm(StringBuilder b, PatternTerm term)
    {
        if (term.Variable is not null)
        {
            b.Append('?').Append(term.Variable);
        }
        else
        {
            NTriplesTermFormatter.Append(b, term.Term!);
        }
    }
}
