using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>The query forms, dataset clauses and solution modifiers (<c>QueryUnit</c> and below).</summary>
internal sealed partial class SparqlGrammarParser
{
    /// <summary>Rule <c>QueryUnit</c>.</summary>
    public SparqlQuery QueryUnit()
    {
        Prologue();
        SparqlQuery query;
        if (Current.IsWord("SELECT"))
        {
            query = SelectQuery(allowDataset: true);
        }
        else if (AcceptWord("CONSTRUCT"))
        {
            query = ConstructQuery();
        }
        else if (AcceptWord("DESCRIBE"))
        {
            query = DescribeQuery();
        }
        else if (AcceptWord("ASK"))
        {
            var dataset = DatasetClauses();
            var where = WhereClause(optionalWhereKeyword: true);
            query = new AskQuery(dataset, where, SolutionModifier(), ValuesClause());
        }
        else
        {
            throw Expected("SELECT, CONSTRUCT, DESCRIBE or ASK");
        }
        ExpectEnd();
        new SparqlScopeRules(_positions).CheckQuery(query);
        return query with { BaseIri = _baseIri };
    }

    private SelectQuery SubSelect() => SelectQuery(allowDataset: false);

    private SelectQuery SelectQuery(bool allowDataset)
    {
        var selectToken = ExpectWord("SELECT");
        var projection = AcceptWord("DISTINCT") ? ProjectionModifier.Distinct
            : AcceptWord("REDUCED") ? ProjectionModifier.Reduced : ProjectionModifier.None;
        var items = new List<SelectItem>();
        if (!AcceptSymbol("*"))
        {
            while (true)
            {
                if (Current.Kind == SparqlTokenKind.Variable)
                {
                    var token = Advance();
                    items.Add(_positions.Remember(new SelectItem(token.Value), token));
                }
                else if (Current.IsSymbol("("))
                {
                    Advance();
                    _aggregatesAllowed = true;
                    var expression = Expression();
                    _aggregatesAllowed = false;
                    ExpectWord("AS");
                    var variable = Current.Kind == SparqlTokenKind.Variable ? Advance() : throw Expected("a variable after AS");
                    ExpectSymbol(")");
                    items.Add(_positions.Remember(new SelectItem(variable.Value, expression), variable));
                }
                else
                {
                    break;
                }
            }
            if (items.Count == 0)
            {
                throw Expected("'*', a variable or '(expression AS ?var)' after SELECT");
            }
        }
        var dataset = allowDataset ? DatasetClauses() : DatasetClause.Empty;
        var where = WhereClause(optionalWhereKeyword: true);
        var modifier = SolutionModifier();
        var values = ValuesClause();
        return _positions.Remember(new SelectQuery(projection, ListOf(items), dataset, where, modifier, values), selectToken);
    }

    private ConstructQuery ConstructQuery()
    {
        if (Current.IsSymbol("{"))
        {
            var template = TriplesTemplateBlock(TermRules.NoPaths, registerLabels: false);
            var dataset = DatasetClauses();
            var where = WhereClause(optionalWhereKeyword: true);
            return new ConstructQuery(template, false, dataset, where, SolutionModifier(), ValuesClause());
        }
        var shortDataset = DatasetClauses();
        ExpectWord("WHERE");
        int scope = _blankNodes.Open();
        var triples = TriplesTemplateBlock(TermRules.NoPaths, registerLabels: true);
        _ = scope;
        var pattern = triples.Count == 0
            ? new GroupPattern(SyntaxList<GraphPattern>.Empty)
            : new GroupPattern(ListOf<GraphPattern>([new TriplesBlockPattern(ListOf<TriplePatternBase>(triples))]));
        return new ConstructQuery(triples, true, shortDataset, pattern, SolutionModifier(), ValuesClause());
    }

    /// <summary><c>{ TriplesTemplate? }</c>: triples without paths, as in CONSTRUCT templates.</summary>
    private SyntaxList<TriplePattern> TriplesTemplateBlock(TermRules rules, bool registerLabels)
    {
        ExpectSymbol("{");
        var triples = TriplesTemplate(rules, registerLabels);
        ExpectSymbol("}");
        return triples;
    }

    /// <summary>Rule <c>TriplesTemplate</c> (possibly empty), ending before '}' or a GRAPH of quad data.</summary>
    private SyntaxList<TriplePattern> TriplesTemplate(TermRules rules, bool registerLabels)
    {
        var saved = _rules;
        var savedScope = _blankNodes.Current;
        _rules = rules | TermRules.NoPaths;
        if (!registerLabels)
        {
            _blankNodes.Current = null;
        }
        var output = new List<TriplePatternBase>();
        while (IsTriplesStart)
        {
            TriplesSameSubject(output);
            if (!AcceptSymbol("."))
            {
                break;
            }
        }
        _rules = saved;
        _blankNodes.Current = savedScope;
        return ListOf(output.Cast<TriplePattern>());
    }

    private DescribeQuery DescribeQuery()
    {
        var targets = new List<PatternNode>();
        if (!AcceptSymbol("*"))
        {
            while (Current.Kind == SparqlTokenKind.Variable || IsIriStart)
            {
                targets.Add(VarOrIri());
            }
            if (targets.Count == 0)
            {
                throw Expected("'*', a variable or an IRI after DESCRIBE");
            }
        }
        var dataset = DatasetClauses();
        GroupPattern? where = null;
        if (Current.IsWord("WHERE") || Current.IsSymbol("{"))
        {
            where = WhereClause(optionalWhereKeyword: true);
        }
        return new DescribeQuery(ListOf(targets), dataset, where, SolutionModifier(), ValuesClause());
    }

    private DatasetClause DatasetClauses() => GraphClauses("FROM");

    /// <summary>Repeated <c>FROM [NAMED] iri</c> (or <c>USING [NAMED] iri</c>).</summary>
    private DatasetClause GraphClauses(string keyword)
    {
        var defaults = new List<Iri>();
        var named = new List<Iri>();
        while (AcceptWord(keyword))
        {
            if (AcceptWord("NAMED"))
            {
                named.Add(Iri());
            }
            else
            {
                defaults.Add(Iri());
            }
        }
        return defaults.Count == 0 && named.Count == 0 ? DatasetClause.Empty : new DatasetClause(ListOf(defaults), ListOf(named));
    }

    private GroupPattern WhereClause(bool optionalWhereKeyword)
    {
        if (!AcceptWord("WHERE") && !optionalWhereKeyword)
        {
            throw Expected("WHERE");
        }
        if (!Current.IsSymbol("{"))
        {
            throw Expected("'{' to start the WHERE pattern");
        }
        return GroupGraphPattern();
    }

    private SolutionModifier SolutionModifier()
    {
        var groupBy = new List<GroupCondition>();
        var having = new List<Expression>();
        var orderBy = new List<OrderCondition>();
        if (Current.IsWord("GROUP"))
        {
            Advance();
            ExpectWord("BY");
            do
            {
                groupBy.Add(GroupCondition());
            }
            while (IsConstraintStart || Current.Kind == SparqlTokenKind.Variable);
        }
        if (AcceptWord("HAVING"))
        {
            _aggregatesAllowed = true;
            do
            {
                having.Add(Constraint());
            }
            while (IsConstraintStart);
            _aggregatesAllowed = false;
        }
        if (Current.IsWord("ORDER"))
        {
            Advance();
            ExpectWord("BY");
            _aggregatesAllowed = true;
            do
            {
                orderBy.Add(OrderCondition());
            }
            while (IsConstraintStart || Current.Kind == SparqlTokenKind.Variable || Current.IsWord("ASC") || Current.IsWord("DESC"));
            _aggregatesAllowed = false;
        }
        long? limit = null;
        long? offset = null;
        for (int i = 0; i < 2; i++)
        {
            if (limit is null && AcceptWord("LIMIT"))
            {
                limit = NonNegativeInteger("LIMIT");
            }
            else if (offset is null && AcceptWord("OFFSET"))
            {
                offset = NonNegativeInteger("OFFSET");
            }
        }
        if (groupBy.Count == 0 && having.Count == 0 && orderBy.Count == 0 && limit is null && offset is null)
        {
            return Syntax.SolutionModifier.Empty;
        }
        return new SolutionModifier(ListOf(groupBy), ListOf(having), ListOf(orderBy), limit, offset);
    }

    private bool IsConstraintStart =>
        Current.IsSymbol("(") || IsIriStart
        || (Current.Kind == SparqlTokenKind.Word && !IsLiteralStart && IsBuiltInWord(Current.Value));

    private static bool IsBuiltInWord(string word) =>
        BuiltInCatalog.TryGetArity(word, out _) || BuiltInCatalog.IsAggregate(word)
        || word.ToUpperInvariant() is "BOUND" or "IF" or "COALESCE" or "EXISTS" or "NOT";

    private long NonNegativeInteger(string clause)
    {
        var token = Current;
        if (token.Kind != SparqlTokenKind.Integer || token.Value.StartsWith('+') || token.Value.StartsWith('-'))
        {
            throw Expected($"a non-negative integer after {clause}");
        }
        Advance();
        return long.TryParse(token.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long value)
            ? value : long.MaxValue;
    }

    private GroupCondition GroupCondition()
    {
        if (Current.Kind == SparqlTokenKind.Variable)
        {
            return new GroupCondition(new VariableExpression(Advance().Value));
        }
        if (AcceptSymbol("("))
        {
            var expression = Expression();
            string? alias = null;
            if (AcceptWord("AS"))
            {
                alias = Current.Kind == SparqlTokenKind.Variable ? Advance().Value : throw Expected("a variable after AS");
            }
            ExpectSymbol(")");
            return new GroupCondition(expression, alias);
        }
        if (IsIriStart)
        {
            return new GroupCondition(FunctionCall());
        }
        return new GroupCondition(BuiltInCall() ?? throw Expected("a variable, '(' or a function call in GROUP BY"));
    }

    private OrderCondition OrderCondition()
    {
        if (AcceptWord("ASC"))
        {
            return new OrderCondition(BrackettedExpression());
        }
        if (AcceptWord("DESC"))
        {
            return new OrderCondition(BrackettedExpression(), Descending: true);
        }
        if (Current.Kind == SparqlTokenKind.Variable)
        {
            return new OrderCondition(new VariableExpression(Advance().Value));
        }
        return new OrderCondition(Constraint());
    }

    /// <summary>Rule <c>ValuesClause</c>: the optional trailing VALUES.</summary>
    private InlineData? ValuesClause() => AcceptWord("VALUES") ? DataBlock() : null;
}
