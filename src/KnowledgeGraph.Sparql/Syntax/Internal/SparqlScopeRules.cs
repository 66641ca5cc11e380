namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>
/// The static rules the grammar alone does not express (SPARQL 1.1 sections 18.2.1 and 18.2.4.1): a SELECT expression
/// or BIND may not assign a variable already in scope, and a grouped query may project only grouped variables
/// (and aggregates of others).
/// </summary>
internal sealed class SparqlScopeRules
{
    private readonly SourcePositions _positions;

    public SparqlScopeRules(SourcePositions positions)
    {
        _positions = positions;
    }

    public void CheckQuery(SparqlQuery query)
    {
        if (query is SelectQuery select)
        {
            CheckSelect(select);
            return;
        }
        if (query.Where is not null)
        {
            CheckGroup(query.Where);
        }
        foreach (var expression in ModifierExpressions(query.Modifier))
        {
            CheckExpression(expression);
        }
    }

    public void CheckUpdate(SparqlUpdate update)
    {
        foreach (var operation in update.Operations)
        {
            if (operation is ModifyOperation modify)
            {
                CheckGroup(modify.Where);
            }
        }
    }

    private static IEnumerable<Expression> ModifierExpressions(SolutionModifier modifier) =>
        modifier.GroupBy.Select(g => g.Expression).Concat(modifier.Having).Concat(modifier.OrderBy.Select(o => o.Expression));

    private void CheckSelect(SelectQuery select)
    {
        CheckGroup(select.Where);
        var modifier = select.Modifier;
        foreach (var expression in ModifierExpressions(modifier))
        {
            CheckExpression(expression);
        }
        var inScope = PatternVariables.InScope(select.Where);
        bool grouped = modifier.GroupBy.Count > 0
            || select.Items.Any(i => i.Expression is not null && PatternVariables.ContainsAggregate(i.Expression))
            || modifier.Having.Any(PatternVariables.ContainsAggregate)
            || modifier.OrderBy.Any(o => PatternVariables.ContainsAggregate(o.Expression));
        if (grouped && select.IsSelectAll)
        {
            throw _positions.Error(select, "SELECT * is not allowed in a grouped query (GROUP BY or aggregates)");
        }
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var condition in modifier.GroupBy)
        {
            if (condition.Alias is not null)
            {
                keys.Add(condition.Alias);
            }
            else if (condition.Expression is VariableExpression variable)
            {
                keys.Add(variable.Name);
            }
        }
        var projected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in select.Items)
        {
            if (item.Expression is null)
            {
                if (grouped && !keys.Contains(item.Variable))
                {
                    throw _positions.Error(item, $"?{item.Variable} is projected but is neither grouped nor aggregated");
                }
                projected.Add(item.Variable);
                continue;
            }
            CheckExpression(item.Expression);
            if (inScope.Contains(item.Variable) || projected.Contains(item.Variable))
            {
                throw _positions.Error(item, $"(... AS ?{item.Variable}) assigns a variable that is already in scope");
            }
            if (grouped)
            {
                foreach (var name in PatternVariables.VariablesOutsideAggregates(item.Expression))
                {
                    if (!keys.Contains(name) && !projected.Contains(name))
                    {
                        throw _positions.Error(item, $"?{name} is used in a SELECT expression of a grouped query but is not grouped");
                    }
                }
            }
            projected.Add(item.Variable);
        }
    }

    private void CheckGroup(GroupPattern group)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in group.Elements)
        {
            switch (element)
            {
                case BindPattern bind:
                    CheckExpression(bind.Expression);
                    if (seen.Contains(bind.Variable))
                    {
                        throw _positions.Error(bind, $"BIND(... AS ?{bind.Variable}) assigns a variable already in scope in its group");
                    }
                    break;
                case FilterPattern filter:
                    CheckExpression(filter.Condition);
                    break;
                case GroupPattern inner:
                    CheckGroup(inner);
                    break;
                case OptionalPattern optional:
                    CheckGroup(optional.Pattern);
                    break;
                case MinusPattern minus:
                    CheckGroup(minus.Pattern);
                    break;
                case UnionPattern union:
                    foreach (var alternative in union.Alternatives)
                    {
                        CheckGroup(alternative);
                    }
                    break;
                case NamedGraphPattern graph:
                    CheckGroup(graph.Pattern);
                    break;
                case ServicePattern service:
                    CheckGroup(service.Pattern);
                    break;
                case SubSelectPattern sub:
                    CheckSelect(sub.Query);
                    break;
            }
            seen.UnionWith(PatternVariables.InScope(element));
        }
    }

    /// <summary>Checks the patterns inside EXISTS / NOT EXISTS.</summary>
    private void CheckExpression(Expression expression)
    {
        foreach (var exists in PatternVariables.ExistsPatterns(expression))
        {
            CheckGroup(exists);
        }
    }
}
