using System.Text;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Algebra;

// Inline forms: property paths and expressions, always on one line.
public static partial class SseWriter
{
    private static void AppendPath(StringBuilder b, PropertyPath path)
    {
        switch (path)
        {
            case LinkPath link:
                NTriplesTermFormatter.Append(b, link.Predicate);
                break;
            case InversePath inverse:
                b.Append("(reverse ");
                AppendPath(b, inverse.Path);
                b.Append(')');
                break;
            case SequencePath seq:
                b.Append("(seq ");
                AppendPath(b, seq.First);
                b.Append(' ');
                AppendPath(b, seq.Second);
                b.Append(')');
                break;
            case AlternativePath alt:
                b.Append("(alt ");
                AppendPath(b, alt.Left);
                b.Append(' ');
                AppendPath(b, alt.Right);
                b.Append(')');
                break;
            case ZeroOrMorePath star:
                b.Append("(path* ");
                AppendPath(b, star.Path);
                b.Append(')');
                break;
            case OneOrMorePath plus:
                b.Append("(path+ ");
                AppendPath(b, plus.Path);
                b.Append(')');
                break;
            case ZeroOrOnePath opt:
                b.Append("(path? ");
                AppendPath(b, opt.Path);
                b.Append(')');
                break;
            case NegatedPropertySet nps:
                b.Append("(notoneof");
                foreach (Iri iri in nps.Forward)
                {
                    b.Append(' ');
                    NTriplesTermFormatter.Append(b, iri);
                }
                foreach (Iri iri in nps.Inverse)
                {
                    b.Append(" (reverse ");
                    NTriplesTermFormatter.Append(b, iri);
                    b.Append(')');
                }
                b.Append(')');
                break;
            default:
                throw new NotSupportedException($"Unknown path {path.GetType().Name}.");
        }
    }

    private static void AppendExpression(StringBuilder b, Expression expression)
    {
        switch (expression)
        {
            case VariableExpression v:
                b.Append('?').Append(v.Name);
                break;
            case ConstantExpression c:
                NTriplesTermFormatter.Append(b, c.Value);
                break;
            case FunctionCallExpression call:
                Call(b, call.Name, call.Arguments);
                break;
            case BoundExpression bound:
                b.Append("(bound ?").Append(bound.Variable).Append(')');
                break;
            case IfExpression i:
                Call(b, "if", [i.Condition, i.Then, i.Else]);
                break;
            case CoalesceExpression c:
                Call(b, "coalesce", c.Arguments);
                break;
            case AndExpression a:
                Call(b, "&&", [a.Left, a.Right]);
                break;
            case OrExpression o:
                Call(b, "||", [o.Left, o.Right]);
                break;
            case NotExpression n:
                Call(b, "!", [n.Operand]);
                break;
            case InExpression i:
                Call(b, i.Negated ? "notin" : "in", [i.Operand, .. i.Members]);
                break;
            case ExistsExpression e:
                b.Append(e.Negated ? "(notexists " : "(exists ");
                // Nested patterns are kept on one line so an expression never spans lines.
                b.Append(Write(e.Pattern).Replace("\n", " ", StringComparison.Ordinal).Replace("  ", "", StringComparison.Ordinal));
                b.Append(')');
                break;
            default:
                throw new NotSupportedException($"Unknown expression {expression.GetType().Name}.");
        }
    }

    private static void Call(StringBuilder b, string name, IReadOnlyList<Expression> arguments)
    {
        b.Append('(').Append(name);
        foreach (Expression argument in arguments)
        {
            b.Append(' ');
            AppendExpression(b, argument);
        }
        b.Append(')');
    }
}
