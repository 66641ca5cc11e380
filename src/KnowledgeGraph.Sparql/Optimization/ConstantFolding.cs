using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// Evaluates calls whose arguments are all constants once, at planning time, and drops filters that are constantly
/// true. Calls that fail are left alone (the error must still happen per row), as are functions whose value is not
/// fixed by their arguments (RAND, NOW, UUID, STRUUID, BNODE; IRI and URI depend on the base IRI).
/// </summary>
internal sealed class ConstantFolding(IFunctionLibrary functions)
{
    private static readonly HashSet<string> Volatile = new(StringComparer.OrdinalIgnoreCase) { "RAND", "NOW", "UUID", "STRUUID", "BNODE", "IRI", "URI" };
    private static readonly Literal True = Literal.Typed("true", Xsd.Boolean);
    private static readonly Literal False = Literal.Typed("false", Xsd.Boolean);
    private readonly FunctionContext _context = new(DateTimeOffset.UnixEpoch, null, new Random(0));

    public AlgebraOp Apply(AlgebraOp op) => AlgebraTransform.BottomUp(op, node =>
    {
        AlgebraOp folded = AlgebraTransform.MapExpressions(node, Fold);
        return folded is FilterOp { Condition: ConstantExpression c } filter && TryEbv(c.Value) == true ? filter.Input : folded;
    });

    public Expression Fold(Expression expression)
    {
        switch (expression)
        {
            case FunctionCallExpression call:
            {
                Expression[] args = call.Arguments.Select(Fold).ToArray();
                if (!Volatile.Contains(call.Name) && args.All(static a => a is ConstantExpression))
                {
                    try
                    {
                        return new ConstantExpression(functions.Invoke(call.Name, args.Select(static a => ((ConstantExpression)a).Value).ToList(), _context));
                    }
                    catch (Exception e) when (e is ExpressionErrorException or NotSupportedException or ArgumentException)
                    {
                        // Left for run time, where the error has its per-row meaning.
                    }
                }
                return call with { Arguments = args };
            }
            case NotExpression not:
            {
                Expression operand = Fold(not.Operand);
                return operand is ConstantExpression c && TryEbv(c.Value) is { } b ? Bool(!b) : not with { Operand = operand };
            }
            case AndExpression and:
            {
                Expression l = Fold(and.Left), r = Fold(and.Right);
                if (l is ConstantExpression a && r is ConstantExpression b && TryEbv(a.Value) is { } x && TryEbv(b.Value) is { } y)
                {
                    return Bool(x && y);
                }
                return and with { Left = l, Right = r };
            }
            case OrExpression or:
            {
                Expression l = Fold(or.Left), r = Fold(or.Right);
                if (l is ConstantExpression a && r is ConstantExpression b && TryEbv(a.Value) is { } x && TryEbv(b.Value) is { } y)
                {
                    return Bool(x || y);
                }
                return or with { Left = l, Right = r };
            }
            case IfExpression iff:
            {
                Expression c = Fold(iff.Condition);
                if (c is ConstantExpression constant && TryEbv(constant.Value) is { } b)
                {
                    return Fold(b ? iff.Then : iff.Else);
                }
                return iff with { Condition = c, Then = Fold(iff.Then), Else = Fold(iff.Else) };
            }
            case CoalesceExpression coalesce:
                return coalesce with { Arguments = coalesce.Arguments.Select(Fold).ToList() };
            case InExpression inExpr:
                return inExpr with { Operand = Fold(inExpr.Operand), Members = inExpr.Members.Select(Fold).ToList() };
            default:
                return expression;
        }
    }

    private static ConstantExpression Bool(bool value) => new(value ? True : False);

    private bool? TryEbv(Term term)
    {
        try
        {
            return functions.EffectiveBooleanValue(term);
        }
        catch (ExpressionErrorException)
        {
            return null;
        }
    }
}
