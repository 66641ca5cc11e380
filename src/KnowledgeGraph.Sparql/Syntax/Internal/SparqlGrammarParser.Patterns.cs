using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>Group graph patterns and their elements (<c>GroupGraphPattern</c>, <c>GraphPatternNotTriples</c>, <c>InlineData</c>).</summary>
internal sealed partial class SparqlGrammarParser
{
    /// <summary>Rule <c>GroupGraphPattern</c>: <c>{ SubSelect }</c> or <c>{ GroupGraphPatternSub }</c>.</summary>
    private GroupPattern GroupGraphPattern()
    {
        ExpectSymbol("{");
        if (Current.IsWord("SELECT"))
        {
            var sub = SubSelect();
            if (!Current.IsSymbol("}"))
            {
                throw Expected("'}' after the sub-query (a sub-SELECT must be alone in its braces)");
            }
            Advance();
            return new GroupPattern(ListOf<GraphPattern>([new SubSelectPattern(sub)]));
        }
        var elements = new List<GraphPattern>();
        List<TriplePatternBase>? block = null;
        int? bgpScope = null;
        bool blockOpen = false; // the last triples ended with '.', so more triples may follow in the same block
        bool afterTriplesWithoutDot = false;
        while (!Current.IsSymbol("}"))
        {
            if (IsTriplesStart)
            {
                if (afterTriplesWithoutDot)
                {
                    throw Expected("'.' or '}' after a triple pattern");
                }
                if (block is null || !blockOpen)
                {
                    block = [];
                    elements.Add(new TriplesBlockPattern(SyntaxList<TriplePatternBase>.Empty));
                }
                bgpScope ??= _blankNodes.Open();
                _blankNodes.Current = bgpScope;
                TriplesSameSubject(block);
                elements[^1] = new TriplesBlockPattern(ListOf(block));
                blockOpen = AcceptSymbol(".");
                afterTriplesWithoutDot = !blockOpen;
                continue;
            }
            var element = GraphPatternNotTriples();
            if (element is null)
            {
                throw Expected("'}' or a triple pattern");
            }
            elements.Add(element);
            block = null;
            blockOpen = false;
            afterTriplesWithoutDot = false;
            if (element is not FilterPattern)
            {
                bgpScope = null; // FILTERs do not split a basic graph pattern; anything else does
            }
            AcceptSymbol(".");
        }
        Advance();
        return new GroupPattern(ListOf(elements));
    }

    private GraphPattern? GraphPatternNotTriples()
    {
        if (Current.IsSymbol("{"))
        {
            var first = GroupGraphPattern();
            if (!Current.IsWord("UNION"))
            {
                return first;
            }
            var alternatives = new List<GroupPattern> { first };
            while (AcceptWord("UNION"))
            {
                alternatives.Add(GroupGraphPattern());
            }
            return new UnionPattern(ListOf(alternatives));
        }
        if (AcceptWord("OPTIONAL"))
        {
            return new OptionalPattern(GroupGraphPattern());
        }
        if (AcceptWord("MINUS"))
        {
            return new MinusPattern(GroupGraphPattern());
        }
        if (AcceptWord("GRAPH"))
        {
            var graph = VarOrIri();
            return new NamedGraphPattern(graph, GroupGraphPattern());
        }
        if (AcceptWord("SERVICE"))
        {
            bool silent = AcceptWord("SILENT");
            var endpoint = VarOrIri();
            return new ServicePattern(endpoint, silent, GroupGraphPattern());
        }
        if (AcceptWord("FILTER"))
        {
            return new FilterPattern(Constraint());
        }
        if (AcceptWord("BIND"))
        {
            ExpectSymbol("(");
            var expression = Expression();
            ExpectWord("AS");
            var variableToken = Current;
            string name = Variable().Name;
            ExpectSymbol(")");
            return _positions.Remember(new BindPattern(expression, name), variableToken);
        }
        if (Current.IsWord("VALUES"))
        {
            Advance();
            return new ValuesPattern(DataBlock());
        }
        return null;
    }

    /// <summary>Rule <c>DataBlock</c> (after <c>VALUES</c>).</summary>
    private InlineData DataBlock()
    {
        var variables = new List<string>();
        var rows = new List<SyntaxList<Term?>>();
        if (Current.Kind == SparqlTokenKind.Variable)
        {
            variables.Add(Advance().Value);
            ExpectSymbol("{");
            while (!AcceptSymbol("}"))
            {
                rows.Add(ListOf<Term?>([DataBlockValue()]));
            }
            return new InlineData(ListOf(variables), ListOf(rows));
        }
        ExpectSymbol("(");
        while (Current.Kind == SparqlTokenKind.Variable)
        {
            var token = Advance();
            if (variables.Contains(token.Value))
            {
                throw ErrorAt(token, $"?{token.Value} appears twice in the VALUES variable list");
            }
            variables.Add(token.Value);
        }
        ExpectSymbol(")");
        ExpectSymbol("{");
        while (!AcceptSymbol("}"))
        {
            var open = Current;
            ExpectSymbol("(");
            var row = new List<Term?>();
            while (!AcceptSymbol(")"))
            {
                row.Add(DataBlockValue());
            }
            if (row.Count != variables.Count)
            {
                throw ErrorAt(open, $"a VALUES row has {row.Count} value(s) for {variables.Count} variable(s)");
            }
            rows.Add(ListOf(row));
        }
        return new InlineData(ListOf(variables), ListOf(rows));
    }

    private Term? DataBlockValue()
    {
        if (AcceptWord("UNDEF"))
        {
            return null;
        }
        if (IsIriStart)
        {
            return Iri();
        }
        if (IsLiteralStart)
        {
            return Literal();
        }
        throw Expected("an IRI, a literal or UNDEF");
    }
}
