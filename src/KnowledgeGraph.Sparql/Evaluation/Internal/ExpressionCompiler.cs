using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>
/// Compiles algebra expressions to <see cref="Evaluator"/> delegates over rows. The functional forms that must see
/// errors or evaluate lazily (BOUND, IF, COALESCE, &amp;&amp;, ||, !, IN, EXISTS) are handled here; everything else
/// goes to the <see cref="IFunctionLibrary"/>.
/// </summary>
internal sealed class ExpressionCompiler(QueryContext context, PlanCompiler plans)
{
    private static readonly Literal True = Literal.Typed("true", Xsd.Boolean);
    private static readonly Literal False = Literal.Typed("false", Xsd.Boolean);

    /// <param name="expression">The expression.</param>
    /// <param name="inScope">Variables that may be bound in the rows it sees (EXISTS patterns are compiled against them).</param>
    public Evaluator Compile(Expression expression, HashSet<string> inScope)
    {
        switch (expression)
        {
            case VariableExpression v:
            {
                int slot = context.Slot(v.Name);
                string name = v.Name;
                return (row, _) => row[slot].Value == 0
                    ? throw new ExpressionErrorException($"Variable ?{name} is unbound.")
                    : context.Decode(row[slot]);
            }
            case ConstantExpression c:
            {
                Term value = c.Value;
                return (_, _) => value;
            }
            case BoundExpression b:
            {
                int slot = context.Slot(b.Variable);
                return (row, _) => row[slot].Value != 0 ? True : False;
            }
            case FunctionCallExpression call:
                return CompileCall(call, inScope);
            case AndExpression and:
            {
                Evaluator l = Compile(and.Left, inScope), r = Compile(and.Right, inScope);
                return (row, g) =>
                {
                    bool? a = TryTest(l, row, g);
                    if (a == false)
                    {
                        return False;
                    }
                    bool? b = TryTest(r, row, g);
                    return b == false ? False
                        : a is null || b is null ? throw new ExpressionErrorException("Error operand of &&.")
                        : True;
                };
            }
            case OrExpression or:
            {
                Evaluator l = Compile(or.Left, inScope), r = Compile(or.Right, inScope);
                return (row, g) =>
                {
                    bool? a = TryTest(l, row, g);
                    if (a == true)
                    {
                        return True;
                    }
                    bool? b = TryTest(r, row, g);
                    return b == true ? True
                        : a is null || b is null ? throw new ExpressionErrorException("Error operand of ||.")
                        : False;
                };
            }
            case NotExpression not:
            {
                Evaluator operand = Compile(not.Operand, inScope);
                return (row, g) => context.Functions.EffectiveBooleanValue(operand(row, g)) ? False : True;
            }
            case IfExpression iff:
            {
                Evaluator c = Compile(iff.Condition, inScope), t = Compile(iff.Then, inScope), e = Compile(iff.Else, inScope);
                return (row, g) => context.Functions.EffectiveBooleanValue(c(row, g)) ? t(row, g) : e(row, g);
            }
            case CoalesceExpression coalesce:
            {
                Evaluator[] args = coalesce.Arguments.Select(a => Compile(a, inScope)).ToArray();
                return (row, g) =>
                {
                    foreach (Evaluator arg in args)
                    {
                        try
                        {
                            return arg(row, g);
                        }
                        catch (ExpressionErrorException)
                        {
                            // COALESCE skips errors and unbound variables.
                        }
                    }
                    throw new ExpressionErrorException("COALESCE found no value.");
                };
            }
            case InExpression inExpr:
                return CompileIn(inExpr, inScope);
            case ExistsExpression exists:
            {
                PlanNode pattern = plans.CompileSubstituted(exists.Pattern, inScope);
                bool negated = exists.Negated;
                return (row, g) => pattern.Run(row, g).Any() != negated ? True : False;
            }
            default:
                throw new NotSupportedException($"Unknown expression {expression.GetType().Name}.");
        }
    }

    /// <summary>
    /// Slots whose being unbound makes the expression an error for sure (variables reached only through calls and
    /// <c>!</c>, which evaluate all their arguments). Checking them first spares the cost of throwing for the rows
    /// OPTIONAL left unbound.
    /// </summary>
    public int[] StrictSlots(Expression expression)
    {
        var slots = new HashSet<int>();
        void Visit(Expression e)
        {
            switch (e)
            {
                case VariableExpression v:
                    slots.Add(context.Slot(v.Name));
                    break;
                case FunctionCallExpression call:
                    foreach (Expression argument in call.Arguments)
                    {
                        Visit(argument);
                    }
                    break;
                case NotExpression not:
                    Visit(not.Operand);
                    break;
            }
        }
        Visit(expression);
        return [.. slots];
    }

    /// <summary>Whether every strict slot is bound (otherwise the expression is an error without evaluating it).</summary>
    public static bool StrictSlotsBound(int[] strictSlots, TermId[] row)
    {
        foreach (int slot in strictSlots)
        {
            if (row[slot].Value == 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The filter test: the effective boolean value, with errors as false.</summary>
    public bool Test(Evaluator evaluator, TermId[] row, GraphSelector graph) => TryTest(evaluator, row, graph) == true;

    private bool? TryTest(Evaluator evaluator, TermId[] row, GraphSelector graph)
    {
        try
        {
            return context.Functions.EffectiveBooleanValue(evaluator(row, graph));
        }
        catch (ExpressionErrorException)
        {
            return null;
        }
    }

    private Evaluator CompileCall(FunctionCallExpression call, HashSet<string> inScope)
    {
        Evaluator[] args = call.Arguments.Select(a => Compile(a, inScope)).ToArray();
        string name = call.Name;
        return (row, g) =>
        {
            var values = new Term[args.Length];
            for (int i = 0; i < args.Length; i++)
            {
                values[i] = args[i](row, g);
            }
            return context.Functions.Invoke(name, values, context.FunctionContext);
        };
    }

    private Evaluator CompileIn(InExpression inExpr, HashSet<string> inScope)
    {
        Evaluator operand = Compile(inExpr.Operand, inScope);
        Evaluator[] members = inExpr.Members.Select(m => Compile(m, inScope)).ToArray();
        Literal found = inExpr.Negated ? False : True, missing = inExpr.Negated ? True : False;
        return (row, g) =>
        {
            Term value = operand(row, g);
            bool sawError = false;
            foreach (Evaluator member in members)
            {
                try
                {
                    if (context.Functions.EffectiveBooleanValue(context.Functions.Invoke("=", [value, member(row, g)], context.FunctionContext)))
                    {
                        return found;
                    }
                }
                catch (ExpressionErrorException)
                {
                    sawError = true;
                }
            }
            return sawError ? throw new ExpressionErrorException("IN compared with an error.") : missing;
        };
    }
}
