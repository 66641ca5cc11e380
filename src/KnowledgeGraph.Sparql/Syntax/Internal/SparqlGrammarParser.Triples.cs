using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>Triples (<c>TriplesSameSubject[Path]</c> and everything below it) and property paths.</summary>
internal sealed partial class SparqlGrammarParser
{
    private TermRules _rules;

    private bool IsTriplesStart =>
        Current.Kind is SparqlTokenKind.Variable or SparqlTokenKind.IriRef or SparqlTokenKind.PrefixedName
            or SparqlTokenKind.BlankNodeLabel
        || IsLiteralStart || Current.IsSymbol("[") || Current.IsSymbol("(");

    /// <summary>Rule <c>TriplesSameSubject[Path]</c>: appends the expanded triples to <paramref name="output"/>.</summary>
    private void TriplesSameSubject(List<TriplePatternBase> output)
    {
        var start = Current;
        if (Current.IsSymbol("[") && !_lexer.Peek(1).IsSymbol("]"))
        {
            var subject = BlankNodePropertyList(output);
            if (IsVerbStart)
            {
                PropertyList(subject, output);
            }
            return;
        }
        if (Current.IsSymbol("(") && !_lexer.Peek(1).IsSymbol(")"))
        {
            var subject = Collection(output);
            if (IsVerbStart)
            {
                PropertyList(subject, output);
            }
            return;
        }
        var node = VarOrTerm();
        if (!IsVerbStart)
        {
            throw ErrorAt(Current, $"expected a predicate after the subject {start.Display}, found {Current.Display}");
        }
        PropertyList(node, output);
    }

    private bool IsVerbStart =>
        Current.Kind is SparqlTokenKind.Variable or SparqlTokenKind.IriRef or SparqlTokenKind.PrefixedName
        || (Current.Kind == SparqlTokenKind.Word && Current.Value == "a")
        || ((_rules & TermRules.NoPaths) == 0 && (Current.IsSymbol("^") || Current.IsSymbol("!") || Current.IsSymbol("(")));

    /// <summary>Rule <c>PropertyListNotEmpty</c>: verbs and object lists separated by <c>;</c>.</summary>
    private void PropertyList(PatternNode subject, List<TriplePatternBase> output)
    {
        while (true)
        {
            if (!IsVerbStart)
            {
                throw Expected("a predicate");
            }
            if (Current.Kind == SparqlTokenKind.Variable)
            {
                var predicate = Variable();
                ObjectList(subject, o => new TriplePattern(subject, predicate, o), output);
            }
            else if ((_rules & TermRules.NoPaths) != 0)
            {
                var predicate = Current.Kind == SparqlTokenKind.Word ? AdvanceA() : Iri();
                var node = new TermNode(predicate);
                ObjectList(subject, o => new TriplePattern(subject, node, o), output);
            }
            else
            {
                var path = Path();
                if (path is PathLink link)
                {
                    var node = new TermNode(link.Iri);
                    ObjectList(subject, o => new TriplePattern(subject, node, o), output);
                }
                else
                {
                    ObjectList(subject, o => new PathPattern(subject, path, o), output);
                }
            }
            if (!AcceptSymbol(";"))
            {
                return;
            }
            while (AcceptSymbol(";"))
            {
            }
            if (!IsVerbStart)
            {
                return;
            }
        }
    }

    private Iri AdvanceA()
    {
        var token = Advance();
        return token.Value == "a" ? RdfVocab.Type : throw ErrorAt(token, $"expected a predicate, found {token.Display}");
    }

    private void ObjectList(PatternNode subject, Func<PatternNode, TriplePatternBase> make, List<TriplePatternBase> output)
    {
        _ = subject;
        do
        {
            // Triples of a nested [..] or (..) object come after the triple that uses it, as in the spec's examples.
            var nested = new List<TriplePatternBase>();
            var obj = GraphNode(nested);
            output.Add(make(obj));
            output.AddRange(nested);
        }
        while (AcceptSymbol(","));
    }

    /// <summary>Rule <c>GraphNode[Path]</c>: a term, or a blank node property list or collection (with its triples).</summary>
    private PatternNode GraphNode(List<TriplePatternBase> output)
    {
        if (Current.IsSymbol("[") && !_lexer.Peek(1).IsSymbol("]"))
        {
            return BlankNodePropertyList(output);
        }
        if (Current.IsSymbol("(") && !_lexer.Peek(1).IsSymbol(")"))
        {
            return Collection(output);
        }
        return VarOrTerm();
    }

    private TermNode BlankNodePropertyList(List<TriplePatternBase> output)
    {
        var open = ExpectSymbol("[");
        CheckBlankNodeAllowed(open);
        var node = new TermNode(NewBlankNode());
        PropertyList(node, output);
        ExpectSymbol("]");
        return node;
    }

    private PatternNode Collection(List<TriplePatternBase> output)
    {
        var open = ExpectSymbol("(");
        CheckBlankNodeAllowed(open);
        var items = new List<PatternNode>();
        var nested = new List<TriplePatternBase>();
        while (!Current.IsSymbol(")"))
        {
            if (Current.Kind == SparqlTokenKind.End)
            {
                throw Expected("')' to close the collection");
            }
            items.Add(GraphNode(nested));
        }
        Advance();
        var nodes = items.Select(_ => new TermNode(NewBlankNode())).ToList();
        var first = new TermNode(RdfVocab.First);
        var rest = new TermNode(RdfVocab.Rest);
        for (int i = 0; i < items.Count; i++)
        {
            output.Add(new TriplePattern(nodes[i], first, items[i]));
            output.Add(new TriplePattern(nodes[i], rest, i + 1 < items.Count ? nodes[i + 1] : new TermNode(RdfVocab.Nil)));
        }
        output.AddRange(nested);
        return nodes[0];
    }

    private void CheckBlankNodeAllowed(SparqlToken token)
    {
        if ((_rules & TermRules.NoBlankNodes) != 0)
        {
            throw ErrorAt(token, "blank nodes are not allowed here (DELETE DATA, DELETE WHERE and DELETE templates)");
        }
    }

    private VariableNode Variable()
    {
        var token = Current.Kind == SparqlTokenKind.Variable ? Advance() : throw Expected("a variable");
        if ((_rules & TermRules.NoVariables) != 0)
        {
            throw ErrorAt(token, "variables are not allowed in INSERT DATA or DELETE DATA");
        }
        return new VariableNode(token.Value);
    }

    /// <summary>Rule <c>VarOrTerm</c> (including <c>()</c> for <c>rdf:nil</c> and <c>[]</c> for a fresh blank node).</summary>
    private PatternNode VarOrTerm()
    {
        var token = Current;
        switch (token.Kind)
        {
            case SparqlTokenKind.Variable:
                return Variable();
            case SparqlTokenKind.IriRef or SparqlTokenKind.PrefixedName:
                return new TermNode(Iri());
            case SparqlTokenKind.BlankNodeLabel:
                CheckBlankNodeAllowed(token);
                Advance();
                if (!_blankNodes.TryUse(token.Value))
                {
                    throw ErrorAt(token, $"blank node label _:{token.Value} is already used in another basic graph pattern or operation");
                }
                return new TermNode(new BlankNode(token.Value));
        }
        if (IsLiteralStart)
        {
            return new TermNode(Literal());
        }
        if (token.IsSymbol("[") && _lexer.Peek(1).IsSymbol("]"))
        {
            CheckBlankNodeAllowed(token);
            Advance();
            Advance();
            return new TermNode(NewBlankNode());
        }
        if (token.IsSymbol("(") && _lexer.Peek(1).IsSymbol(")"))
        {
            Advance();
            Advance();
            return new TermNode(RdfVocab.Nil);
        }
        throw Expected("a variable or RDF term");
    }

    /// <summary>Rule <c>VarOrIri</c>.</summary>
    private PatternNode VarOrIri() =>
        Current.Kind == SparqlTokenKind.Variable ? Variable() : new TermNode(Iri());

    /// <summary>Rule <c>Path</c> (= <c>PathAlternative</c>).</summary>
    private PropertyPath Path()
    {
        var first = PathSequence();
        if (!Current.IsSymbol("|"))
        {
            return first;
        }
        var alternatives = new List<PropertyPath> { first };
        while (AcceptSymbol("|"))
        {
            alternatives.Add(PathSequence());
        }
        return new PathAlternative(ListOf(alternatives));
    }

    private PropertyPath PathSequence()
    {
        var first = PathEltOrInverse();
        if (!Current.IsSymbol("/"))
        {
            return first;
        }
        var steps = new List<PropertyPath> { first };
        while (AcceptSymbol("/"))
        {
            steps.Add(PathEltOrInverse());
        }
        return new PathSequence(ListOf(steps));
    }

    private PropertyPath PathEltOrInverse() =>
        AcceptSymbol("^") ? new PathInverse(PathElt()) : PathElt();

    private PropertyPath PathElt()
    {
        var primary = PathPrimary();
        if (AcceptSymbol("*"))
        {
            return new PathRepeat(primary, PathModifier.ZeroOrMore);
        }
        if (AcceptSymbol("+"))
        {
            return new PathRepeat(primary, PathModifier.OneOrMore);
        }
        if (AcceptSymbol("?"))
        {
            return new PathRepeat(primary, PathModifier.ZeroOrOne);
        }
        return primary;
    }

    private PropertyPath PathPrimary()
    {
        if (Current.Kind == SparqlTokenKind.Word && Current.Value == "a")
        {
            Advance();
            return new PathLink(RdfVocab.Type);
        }
        if (IsIriStart)
        {
            return new PathLink(Iri());
        }
        if (AcceptSymbol("!"))
        {
            return PathNegatedPropertySet();
        }
        if (AcceptSymbol("("))
        {
            var inner = Path();
            ExpectSymbol(")");
            return inner;
        }
        throw Expected("a property path");
    }

    private PathNegatedSet PathNegatedPropertySet()
    {
        var forward = new List<Iri>();
        var inverse = new List<Iri>();
        if (AcceptSymbol("("))
        {
            if (!Current.IsSymbol(")"))
            {
                do
                {
                    PathOneInPropertySet(forward, inverse);
                }
                while (AcceptSymbol("|"));
            }
            ExpectSymbol(")");
        }
        else
        {
            PathOneInPropertySet(forward, inverse);
        }
        return new PathNegatedSet(ListOf(forward), ListOf(inverse));
    }

    private void PathOneInPropertySet(List<Iri> forward, List<Iri> inverse)
    {
        var target = AcceptSymbol("^") ? inverse : forward;
        if (Current.Kind == SparqlTokenKind.Word && Current.Value == "a")
        {
            Advance();
            target.Add(RdfVocab.Type);
        }
        else
        {
            target.Add(Iri());
        }
    }
}
