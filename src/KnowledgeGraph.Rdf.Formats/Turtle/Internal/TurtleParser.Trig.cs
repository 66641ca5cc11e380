using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>The TriG productions: graph blocks (named, default and blank-node named) around triples.</summary>
internal sealed partial class TurtleParser
{
    /// <summary>One unit of trigDoc ::= (directive | block)*, where a graph block yields one unit per statement.</summary>
    private bool ParseTrigUnit()
    {
        if (_inGraphBlock)
        {
            ParseInsideGraphBlock();
            return true;
        }
        if (_token.Kind == TurtleTokenKind.EndOfInput)
        {
            return false;
        }
        if (TryParseDirective())
        {
            return true;
        }
        if (_token.IsKeyword("GRAPH"))
        {
            Advance();
            Term name = ParseGraphLabel();
            OpenGraphBlock(name);
            return true;
        }
        switch (_token.Kind)
        {
            case TurtleTokenKind.OpenBrace:
                OpenGraphBlock(null);
                return true;
            case TurtleTokenKind.OpenBracket:
                Advance();
                if (_token.Kind == TurtleTokenKind.CloseBracket)
                {
                    Advance();
                    ParseGraphOrTriplesAfterLabel(BlankNode.CreateUnique());
                    return true;
                }
                ParseBlankNodePropertyListAfterBracket(out BlankNode subject);
                if (CanStartVerb())
                {
                    ParsePredicateObjectList(subject);
                }
                ExpectEnd(TurtleTokenKind.Dot, "expected '.' at the end of the statement");
                return true;
            case TurtleTokenKind.OpenParenthesis:
                Advance();
                ParsePredicateObjectList(ParseCollectionAfterParenthesis());
                ExpectEnd(TurtleTokenKind.Dot, "expected '.' at the end of the statement");
                return true;
            default:
                ParseGraphOrTriplesAfterLabel(ParseIriOrBlankNodeLabel("expected a subject, a graph name or '{'"));
                return true;
        }
    }

    /// <summary>triplesOrGraph ::= labelOrSubject (wrappedGraph | predicateObjectList '.')</summary>
    private void ParseGraphOrTriplesAfterLabel(Term labelOrSubject)
    {
        if (_token.Kind == TurtleTokenKind.OpenBrace)
        {
            OpenGraphBlock(labelOrSubject);
            return;
        }
        ParsePredicateObjectList(labelOrSubject);
        ExpectEnd(TurtleTokenKind.Dot, "expected '.' at the end of the statement");
    }

    /// <summary>labelOrSubject ::= iri | BlankNode, after GRAPH.</summary>
    private Term ParseGraphLabel()
    {
        if (_token.Kind == TurtleTokenKind.OpenBracket)
        {
            Advance();
            Expect(TurtleTokenKind.CloseBracket, "expected ']': a graph name may be '[]' but not a property list");
            return BlankNode.CreateUnique();
        }
        return ParseIriOrBlankNodeLabel("expected a graph name (an IRI or blank node)");
    }

    private void OpenGraphBlock(Term? name)
    {
        ExpectEnd(TurtleTokenKind.OpenBrace, "expected '{' to open the graph");
        _graph = name;
        _inGraphBlock = true;
    }

    /// <summary>triplesBlock ::= triples ('.' triplesBlock?)?, one statement per call, then the closing '}'.</summary>
    private void ParseInsideGraphBlock()
    {
        if (_token.Kind is TurtleTokenKind.CloseBrace or TurtleTokenKind.EndOfInput)
        {
            _inGraphBlock = false;
            _graph = null;
            ExpectEnd(TurtleTokenKind.CloseBrace, "expected '}' to close the graph");
            return;
        }
        ParseTriples();
        if (_token.Kind == TurtleTokenKind.Dot)
        {
            _advancePending = true;
        }
        else if (_token.Kind != TurtleTokenKind.CloseBrace)
        {
            throw Error("expected '.' or '}' after the statement");
        }
    }
}
