namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>In-scope variables of patterns (SPARQL 1.1 section 18.2.1) and variable walks over expressions.</summary>
internal static class PatternVariables
{
    public static HashSet<string> InScope(GraphPattern pattern)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(pattern, names);
        return names;
    }

    private static void Collect(GraphPattern pattern, HashSet<string> names)
    {
        switch (pattern)
        {
            case GroupPattern group:
                foreach (var element in group.Elements)
                {
                    Collect(element, names);
                }
                break;
            case TriplesBlockPattern block:
                foreach (var triple in block.Triples)
                {
                    AddNode(triple.Subject, names);
                    AddNode(triple.Object, names);
                    if (triple is TriplePattern plain)
                    {
                        AddNode(plain.Predicate, names);
                    }
                }
                break;
            case OptionalPattern optional:
                Collect(optional.Pattern, names);
                break;
            case UnionPattern union:
                foreach (var alternative in union.Alternatives)
                {
                    Collect(alternative, names);
                }
                break;
            case NamedGraphPattern graph:
                AddNode(graph.Graph, names);
                Collect(graph.Pattern, names);
                break;
            case ServicePattern service:
                AddNode(service.Endpoint, names);
                Collect(service.Pattern, names);
                break;
            case BindPattern bind:
                names.Add(bind.Variable);
                break;
            case ValuesPattern values:
                names.UnionWith(values.Data.Variables);
                break;
            case SubSelectPattern sub:
                if (sub.Query.IsSelectAll)
                {
                    Collect(sub.Query.Where, names);
                }
                else
                {
                    names.UnionWith(sub.Query.Items.Select(i => i.Variable));
                }
                break;
        }
    }

    private static void AddNode(PatternNode node, HashSet<string> names)
    {
        if (node is VariableNode variable)
        {
            names.Add(variable.Name);
        }
    }

    public static bool ContainsAggregate(Expression expression) => expression switch
    {
        AggregateExpression => true,
        _ => Children(expression).Any(ContainsAggregate),
    };

    /// <summary>The variables of an expression that are not inside an aggregate (nor inside EXISTS).</summary>
    public static IEnumerable<string> VariablesOutsideAggregates(Expression expression)
    {
        switch (expression)
        {
            case VariableExpression variable:
                yield return variable.Name;
                break;
            case BoundExpression bound:
                yield return bound.Variable;
                break;
            case AggregateExpression:
                break;
            default:
                foreach (var child in Children(expression))
                {
                    foreach (var name in VariablesOutsideAggregates(child))
                    {
                        yield return name;
                    }
                }
                break;
        }
    }

    public static IEnumerable<GroupPattern> ExistsPatterns(Expression expression)
    {
        if (expression is ExistsExpression exists)
        {
            yield return exists.Pattern;
        }
        foreach (var child in Children(expression))
        {
            foreach (var pattern in ExistsPatterns(child))
            {
                yield return pattern;
            }
        }
    }

    public static IEnumerable<Expression> Children(Expression expression) => expression switch
    {
        FunctionCallExpression call => call.Arguments,
        AndExpression and => [and.Left, and.Right],
        OrExpression or => [or.Left, or.Right],
        NotExpression not => [not.Operand],
        IfExpression conditional => [conditional.Condition, conditional.Then, conditional.Else],
        CoalesceExpression coalesce => coalesce.Arguments,
        InExpression @in => [@in.Operand, .. @in.Candidates],
        AggregateExpression { Argument: { } argument } => [argument],
        _ => [],
    };
}
