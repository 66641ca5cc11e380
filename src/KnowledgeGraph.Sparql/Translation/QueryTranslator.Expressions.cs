using A = KnowledgeGraph.Sparql.Algebra;
using S = KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Translation;

/// <summary>Expressions to algebra; aggregates are replaced by the variables their group binds.</summary>
internal sealed partial class QueryTranslator
{
    /// <summary>Translates an expression outside any aggregation: an aggregate here is a translation error.</summary>
    public A.Expression Expression(S.Expression expression) => Expression(expression, null);

    /// <param name="expression">The syntax expression.</param>
    /// <param name="aggregates">Where aggregates found are collected (each replaced by a fresh variable); null when none may occur.</param>
    private A.Expression Expression(S.Expression expression, List<A.AggregateBinding>? aggregates)
    {
        A.Expression Sub(S.Expression e) => Expression(e, aggregates);
        return expression switch
        {
            S.ConstantExpression c => new A.ConstantExpression(c.Value),
            S.VariableExpression v => new A.VariableExpression(v.Name),
            S.BoundExpression b => new A.BoundExpression(b.Variable),
            S.AndExpression and => new A.AndExpression(Sub(and.Left), Sub(and.Right)),
            S.OrExpression or => new A.OrExpression(Sub(or.Left), Sub(or.Right)),
            S.NotExpression not => new A.NotExpression(Sub(not.Operand)),
            S.IfExpression cond => new A.IfExpression(Sub(cond.Condition), Sub(cond.Then), Sub(cond.Else)),
            S.CoalesceExpression coalesce => new A.CoalesceExpression(coalesce.Arguments.Select(Sub).ToList()),
            S.InExpression @in => new A.InExpression(Sub(@in.Operand), @in.Candidates.Select(Sub).ToList(), @in.Negated),
            S.FunctionCallExpression call => new A.FunctionCallExpression(call.Name, call.Arguments.Select(Sub).ToList()),
            S.ExistsExpression exists => new A.ExistsExpression(Group(exists.Pattern), exists.Negated),
            S.AggregateExpression aggregate when aggregates is not null => AggregateVariable(aggregate, aggregates),
            S.AggregateExpression aggregate => throw new NotSupportedException($"The aggregate {aggregate.Name} is not allowed here."),
            _ => throw new NotSupportedException($"Unknown expression {expression.GetType().Name}."),
        };
    }

    /// <summary>Section 18.2.4.1: each aggregate is computed by the group and stands for a fresh variable.</summary>
    private A.VariableExpression AggregateVariable(S.AggregateExpression aggregate, List<A.AggregateBinding> aggregates)
    {
        A.AggregateKind kind = aggregate.Name.ToUpperInvariant() switch
        {
            "COUNT" => A.AggregateKind.Count,
            "SUM" => A.AggregateKind.Sum,
            "MIN" => A.AggregateKind.Min,
            "MAX" => A.AggregateKind.Max,
            "AVG" => A.AggregateKind.Avg,
            "SAMPLE" => A.AggregateKind.Sample,
            "GROUP_CONCAT" => A.AggregateKind.GroupConcat,
            _ => throw new NotSupportedException($"Unknown aggregate {aggregate.Name}."),
        };
        // Aggregate arguments are evaluated per solution of the group, so they cannot hold aggregates themselves.
        A.Expression? argument = aggregate.Argument is null ? null : Expression(aggregate.Argument, null);
        var value = new A.Aggregate(kind, argument, aggregate.Distinct, aggregate.Separator);
        // The same aggregate written twice (SELECT (SUM(?x) AS ?s) ... HAVING (SUM(?x) > 1)) is computed once.
        foreach (A.AggregateBinding existing in aggregates)
        {
            if (existing.Aggregate.Equals(value))
            {
                return new A.VariableExpression(existing.Variable);
            }
        }
        string variable = FreshVariable("agg");
        aggregates.Add(new A.AggregateBinding(variable, value));
        return new A.VariableExpression(variable);
    }

    private static bool HasAggregate(S.Expression expression) => expression switch
    {
        S.AggregateExpression => true,
        S.AndExpression and => HasAggregate(and.Left) || HasAggregate(and.Right),
        S.OrExpression or => HasAggregate(or.Left) || HasAggregate(or.Right),
        S.NotExpression not => HasAggregate(not.Operand),
        S.IfExpression cond => HasAggregate(cond.Condition) || HasAggregate(cond.Then) || HasAggregate(cond.Else),
        S.CoalesceExpression coalesce => coalesce.Arguments.Any(HasAggregate),
        S.InExpression @in => HasAggregate(@in.Operand) || @in.Candidates.Any(HasAggregate),
        S.FunctionCallExpression call => call.Arguments.Any(HasAggregate),
        _ => false,
    };
}
