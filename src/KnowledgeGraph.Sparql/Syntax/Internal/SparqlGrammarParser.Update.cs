using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>The update request (<c>UpdateUnit</c>) and its operations.</summary>
internal sealed partial class SparqlGrammarParser
{
    /// <summary>Rule <c>UpdateUnit</c>: operations separated by <c>;</c>, each optionally preceded by a prologue.</summary>
    public SparqlUpdate UpdateUnit()
    {
        var operations = new List<UpdateOperation>();
        while (true)
        {
            Prologue();
            if (Current.Kind == SparqlTokenKind.End)
            {
                break;
            }
            operations.Add(Update1());
            if (!AcceptSymbol(";"))
            {
                break;
            }
        }
        ExpectEnd();
        var update = new SparqlUpdate(ListOf(operations));
        new SparqlScopeRules(_positions).CheckUpdate(update);
        return update;
    }

    private UpdateOperation Update1()
    {
        var token = Current;
        if (AcceptWord("LOAD"))
        {
            bool silent = AcceptWord("SILENT");
            var source = Iri();
            Iri? into = null;
            if (AcceptWord("INTO"))
            {
                ExpectWord("GRAPH");
                into = Iri();
            }
            return new LoadOperation(silent, source, into);
        }
        if (AcceptWord("CLEAR"))
        {
            bool silent = AcceptWord("SILENT");
            return new ClearOperation(silent, GraphRefAll());
        }
        if (AcceptWord("DROP"))
        {
            bool silent = AcceptWord("SILENT");
            return new DropOperation(silent, GraphRefAll());
        }
        if (AcceptWord("CREATE"))
        {
            bool silent = AcceptWord("SILENT");
            ExpectWord("GRAPH");
            return new CreateOperation(silent, Iri());
        }
        foreach (var kind in new[] { GraphTransferKind.Add, GraphTransferKind.Move, GraphTransferKind.Copy })
        {
            if (AcceptWord(kind.ToString()))
            {
                bool silent = AcceptWord("SILENT");
                var from = GraphOrDefault();
                ExpectWord("TO");
                return new GraphTransferOperation(kind, silent, from, GraphOrDefault());
            }
        }
        if (token.IsWord("INSERT") && _lexer.Peek(1).IsWord("DATA"))
        {
            Advance();
            Advance();
            return new InsertDataOperation(QuadBlock(TermRules.NoVariables, newScope: true));
        }
        if (token.IsWord("DELETE") && _lexer.Peek(1).IsWord("DATA"))
        {
            Advance();
            Advance();
            return new DeleteDataOperation(QuadBlock(TermRules.NoVariables | TermRules.NoBlankNodes, newScope: true));
        }
        if (token.IsWord("DELETE") && _lexer.Peek(1).IsWord("WHERE"))
        {
            Advance();
            Advance();
            return new DeleteWhereOperation(QuadBlock(TermRules.NoBlankNodes, newScope: true));
        }
        if (token.IsWord("WITH") || token.IsWord("DELETE") || token.IsWord("INSERT"))
        {
            return Modify();
        }
        throw Expected("an update operation (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY or WITH)");
    }

    private ModifyOperation Modify()
    {
        Iri? with = AcceptWord("WITH") ? Iri() : null;
        SyntaxList<QuadsBlock>? delete = null;
        SyntaxList<QuadsBlock>? insert = null;
        if (AcceptWord("DELETE"))
        {
            delete = QuadBlock(TermRules.NoBlankNodes, newScope: false);
        }
        if (AcceptWord("INSERT"))
        {
            insert = QuadBlock(TermRules.None, newScope: false);
        }
        if (delete is null && insert is null)
        {
            throw Expected("DELETE or INSERT");
        }
        var usingClause = GraphClauses("USING");
        ExpectWord("WHERE");
        var where = GroupGraphPattern();
        return new ModifyOperation(with, delete, insert, usingClause, where);
    }

    /// <summary>Rules <c>QuadData</c> / <c>QuadPattern</c>: <c>{ Quads }</c>.</summary>
    private SyntaxList<QuadsBlock> QuadBlock(TermRules rules, bool newScope)
    {
        ExpectSymbol("{");
        var blocks = new List<QuadsBlock>();
        int? scope = newScope ? _blankNodes.Open() : null;
        while (true)
        {
            var triples = TriplesTemplate(rules, registerLabels: scope is not null);
            if (triples.Count > 0)
            {
                blocks.Add(new QuadsBlock(null, triples));
            }
            if (!AcceptWord("GRAPH"))
            {
                break;
            }
            var saved = _rules;
            _rules = rules;
            var graph = VarOrIri();
            _rules = saved;
            ExpectSymbol("{");
            blocks.Add(new QuadsBlock(graph, TriplesTemplate(rules, registerLabels: scope is not null)));
            ExpectSymbol("}");
            AcceptSymbol(".");
        }
        if (!Current.IsSymbol("}"))
        {
            throw Expected("'}', GRAPH or a triple");
        }
        Advance();
        _blankNodes.Current = null;
        return ListOf(blocks);
    }

    private GraphTarget GraphRefAll()
    {
        if (AcceptWord("DEFAULT"))
        {
            return new GraphTarget(GraphTargetKind.Default);
        }
        if (AcceptWord("NAMED"))
        {
            return new GraphTarget(GraphTargetKind.Named);
        }
        if (AcceptWord("ALL"))
        {
            return new GraphTarget(GraphTargetKind.All);
        }
        ExpectWord("GRAPH");
        return new GraphTarget(GraphTargetKind.Graph, Iri());
    }

    /// <summary>Rule <c>GraphOrDefault</c>: null for DEFAULT.</summary>
    private Iri? GraphOrDefault()
    {
        if (AcceptWord("DEFAULT"))
        {
            return null;
        }
        AcceptWord("GRAPH");
        return Iri();
    }
}
