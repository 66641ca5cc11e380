namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>Printing of group patterns and queries.</summary>
internal sealed partial class SparqlAstPrinter
{
    public void Query(SparqlQuery query)
    {
        if (query.BaseIri is { } baseIri)
        {
            // IRIs print absolute; the BASE is kept for what resolves at run time (IRI(), URI()).
            Text("BASE ");
            Term(new KnowledgeGraph.Rdf.Terms.Iri(baseIri));
            NewLine();
        }
        switch (query)
        {
            case SelectQuery select:
                Select(select, withDataset: true);
                return;
            case ConstructQuery construct:
                Text("CONSTRUCT");
                if (construct.IsShortForm)
                {
                    Dataset(construct.Dataset, "FROM");
                    NewLine();
                    Text("WHERE {");
                    _indent++;
                    Triples(construct.Template);
                    _indent--;
                    NewLine();
                    Text("}");
                }
                else
                {
                    Text(" {");
                    _indent++;
                    Triples(construct.Template);
                    _indent--;
                    NewLine();
                    Text("}");
                    Dataset(construct.Dataset, "FROM");
                    Where(construct.Where!);
                }
                break;
            case AskQuery ask:
                Text("ASK");
                Dataset(ask.Dataset, "FROM");
                Where(ask.Where!);
                break;
            case DescribeQuery describe:
                Text("DESCRIBE");
                if (describe.IsDescribeAll)
                {
                    Text(" *");
                }
                foreach (var target in describe.Targets)
                {
                    Text(" ");
                    Node(target);
                }
                Dataset(describe.Dataset, "FROM");
                if (describe.Where is not null)
                {
                    Where(describe.Where);
                }
                break;
        }
        Modifiers(query.Modifier);
        Values(query.Values);
    }

    private void Select(SelectQuery select, bool withDataset)
    {
        Text("SELECT");
        Text(select.Projection switch
        {
            ProjectionModifier.Distinct => " DISTINCT",
            ProjectionModifier.Reduced => " REDUCED",
            _ => "",
        });
        if (select.IsSelectAll)
        {
            Text(" *");
        }
        foreach (var item in select.Items)
        {
            if (item.Expression is null)
            {
                Text(" ?").Text(item.Variable);
            }
            else
            {
                Text(" (");
                Expression(item.Expression);
                Text(" AS ?").Text(item.Variable).Text(")");
            }
        }
        if (withDataset)
        {
            Dataset(select.Dataset, "FROM");
        }
        Where(select.Where);
        Modifiers(select.Modifier);
        Values(select.Values);
    }

    private void Dataset(DatasetClause dataset, string keyword)
    {
        foreach (var iri in dataset.Default)
        {
            NewLine();
            Text(keyword).Text(" ");
            Term(iri);
        }
        foreach (var iri in dataset.Named)
        {
            NewLine();
            Text(keyword).Text(" NAMED ");
            Term(iri);
        }
    }

    private void Where(GroupPattern where)
    {
        NewLine();
        Text("WHERE ");
        Group(where);
    }

    private void Modifiers(SolutionModifier modifier)
    {
        if (modifier.GroupBy.Count > 0)
        {
            NewLine();
            Text("GROUP BY");
            foreach (var condition in modifier.GroupBy)
            {
                Text(" ");
                if (condition.Alias is null && condition.Expression is VariableExpression variable)
                {
                    Text("?").Text(variable.Name);
                    continue;
                }
                Text("(");
                Expression(condition.Expression);
                if (condition.Alias is not null)
                {
                    Text(" AS ?").Text(condition.Alias);
                }
                Text(")");
            }
        }
        if (modifier.Having.Count > 0)
        {
            NewLine();
            Text("HAVING");
            foreach (var constraint in modifier.Having)
            {
                Text(" (");
                Expression(constraint);
                Text(")");
            }
        }
        if (modifier.OrderBy.Count > 0)
        {
            NewLine();
            Text("ORDER BY");
            foreach (var condition in modifier.OrderBy)
            {
                Text(condition.Descending ? " DESC(" : " ASC(");
                Expression(condition.Expression);
                Text(")");
            }
        }
        if (modifier.Limit is long limit)
        {
            NewLine();
            Text("LIMIT ").Text(Number(limit));
        }
        if (modifier.Offset is long offset)
        {
            NewLine();
            Text("OFFSET ").Text(Number(offset));
        }
    }

    private void Values(InlineData? data)
    {
        if (data is null)
        {
            return;
        }
        NewLine();
        Text("VALUES ");
        InlineData(data);
    }

    private void InlineData(InlineData data)
    {
        Text("(");
        Text(string.Join(" ", data.Variables.Select(v => "?" + v)));
        Text(") {");
        _indent++;
        foreach (var row in data.Rows)
        {
            NewLine();
            Text("(");
            bool first = true;
            foreach (var value in row)
            {
                if (!first)
                {
                    Text(" ");
                }
                if (value is null)
                {
                    Text("UNDEF");
                }
                else
                {
                    Term(value);
                }
                first = false;
            }
            Text(")");
        }
        _indent--;
        NewLine();
        Text("}");
    }

    public void Group(GroupPattern group)
    {
        Text("{");
        _indent++;
        foreach (var element in group.Elements)
        {
            Element(element);
        }
        _indent--;
        NewLine();
        Text("}");
    }

    private void Element(GraphPattern element)
    {
        if (element is TriplesBlockPattern block)
        {
            Triples(block.Triples);
            return;
        }
        NewLine();
        switch (element)
        {
            case GroupPattern group:
                Group(group);
                break;
            case OptionalPattern optional:
                Text("OPTIONAL ");
                Group(optional.Pattern);
                break;
            case MinusPattern minus:
                Text("MINUS ");
                Group(minus.Pattern);
                break;
            case UnionPattern union:
                for (int i = 0; i < union.Alternatives.Count; i++)
                {
                    if (i > 0)
                    {
                        Text(" UNION ");
                    }
                    Group(union.Alternatives[i]);
                }
                break;
            case NamedGraphPattern graph:
                Text("GRAPH ");
                Node(graph.Graph);
                Text(" ");
                Group(graph.Pattern);
                break;
            case ServicePattern service:
                Text(service.Silent ? "SERVICE SILENT " : "SERVICE ");
                Node(service.Endpoint);
                Text(" ");
                Group(service.Pattern);
                break;
            case FilterPattern filter:
                Text("FILTER (");
                Expression(filter.Condition);
                Text(")");
                break;
            case BindPattern bind:
                Text("BIND (");
                Expression(bind.Expression);
                Text(" AS ?").Text(bind.Variable).Text(")");
                break;
            case ValuesPattern values:
                Text("VALUES ");
                InlineData(values.Data);
                break;
            case SubSelectPattern sub:
                Select(sub.Query, withDataset: false);
                break;
            default:
                throw new NotSupportedException($"Unknown pattern node {element.GetType().Name}.");
        }
    }
}
