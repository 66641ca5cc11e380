using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>The triples productions shared by Turtle and TriG: subjects, predicate-object lists, objects, literals.</summary>
internal sealed partial class TurtleParser
{
    /// <summary>triples ::= subject predicateObjectList | blankNodePropertyList predicateObjectList?</summary>
    private void ParseTriples()
    {
        switch (_token.Kind)
        {
            case TurtleTokenKind.OpenBracket:
                Advance();
                if (_token.Kind == TurtleTokenKind.CloseBracket)
                {
                    Advance();
                    ParsePredicateObjectList(BlankNode.CreateUnique());
                }
                else
                {
                    ParseBlankNodePropertyListAfterBracket(out BlankNode subject);
                    if (CanStartVerb())
                    {
                        ParsePredicateObjectList(subject);
                    }
                }
                return;
            case TurtleTokenKind.OpenParenthesis:
                Advance();
                ParsePredicateObjectList(ParseCollectionAfterParenthesis());
                return;
            default:
                ParsePredicateObjectList(ParseIriOrBlankNodeLabel("expected a subject (an IRI or blank node)"));
                return;
        }
    }

    private bool CanStartVerb() =>
        _token.Kind is TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName || _token.IsWord("a");

    /// <summary>predicateObjectList ::= verb objectList (';' (verb objectList)?)*</summary>
    private void ParsePredicateObjectList(Term subject)
    {
        while (true)
        {
            Iri predicate = ParseVerb();
            ParseObjectList(subject, predicate);
            if (_token.Kind != TurtleTokenKind.Semicolon)
            {
                return;
            }
            while (_token.Kind == TurtleTokenKind.Semicolon)
            {
                Advance();
            }
            if (!CanStartVerb())
            {
                return;
            }
        }
    }

    private Iri ParseVerb()
    {
        if (_token.IsWord("a"))
        {
            Advance();
            return RdfVocab.Type;
        }
        if (_token.Kind is not (TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName))
        {
            throw Error("expected a predicate (an IRI or 'a')");
        }
        return ParseIri();
    }

    private void ParseObjectList(Term subject, Iri predicate)
    {
        Emit(subject, predicate, ParseObject());
        while (_token.Kind == TurtleTokenKind.Comma)
        {
            Advance();
            Emit(subject, predicate, ParseObject());
        }
    }

    private Term ParseObject()
    {
        if (_token.Kind is not (TurtleTokenKind.OpenBracket or TurtleTokenKind.OpenParenthesis))
        {
            return ParseObjectCore();
        }
        // Each level of nesting is a few stack frames; a limit turns hostile input into an error, not a crash.
        if (_nesting >= MaxNesting)
        {
            throw Error($"blank node property lists and collections nest deeper than {MaxNesting} levels");
        }
        _nesting++;
        try
        {
            return ParseObjectCore();
        }
        finally
        {
            _nesting--;
        }
    }

    private Term ParseObjectCore()
    {
        switch (_token.Kind)
        {
            case TurtleTokenKind.IriRef:
            case TurtleTokenKind.PrefixedName:
                return ParseIri();
            case TurtleTokenKind.BlankNodeLabel:
                return ParseIriOrBlankNodeLabel("expected an object");
            case TurtleTokenKind.OpenBracket:
                Advance();
                if (_token.Kind == TurtleTokenKind.CloseBracket)
                {
                    Advance();
                    return BlankNode.CreateUnique();
                }
                ParseBlankNodePropertyListAfterBracket(out BlankNode node);
                return node;
            case TurtleTokenKind.OpenParenthesis:
                Advance();
                return ParseCollectionAfterParenthesis();
            case TurtleTokenKind.String:
                return ParseRdfLiteral();
            case TurtleTokenKind.Integer:
                return Number(Xsd.Integer);
            case TurtleTokenKind.Decimal:
                return Number(Xsd.Decimal);
            case TurtleTokenKind.Double:
                return Number(Xsd.Double);
            case TurtleTokenKind.Word when _token.Value is "true" or "false":
                return Number(Xsd.Boolean);
            default:
                throw Error("expected an object (an IRI, blank node, collection or literal)");
        }
    }

    private Literal Number(Iri datatype)
    {
        var literal = Literal.Typed(_token.Value, datatype);
        Advance();
        return literal;
    }

    /// <summary>Parses predicateObjectList ']' after '[' and a token that is not ']'.</summary>
    private void ParseBlankNodePropertyListAfterBracket(out BlankNode node)
    {
        node = BlankNode.CreateUnique();
        ParsePredicateObjectList(node);
        Expect(TurtleTokenKind.CloseBracket, "expected ']' to close the blank node property list");
    }

    /// <summary>collection ::= '(' object* ')', after the '('; returns the head of the list.</summary>
    private Term ParseCollectionAfterParenthesis()
    {
        Term head = RdfVocab.Nil;
        BlankNode? previous = null;
        while (_token.Kind != TurtleTokenKind.CloseParenthesis)
        {
            if (_token.Kind == TurtleTokenKind.EndOfInput)
            {
                throw Error("expected ')' to close the collection");
            }
            var node = BlankNode.CreateUnique();
            if (previous is null)
            {
                head = node;
            }
            else
            {
                Emit(previous, RdfVocab.Rest, node);
            }
            Emit(node, RdfVocab.First, ParseObject());
            previous = node;
        }
        Advance();
        if (previous is not null)
        {
            Emit(previous, RdfVocab.Rest, RdfVocab.Nil);
        }
        return head;
    }

    private Literal ParseRdfLiteral()
    {
        string lexicalForm = _token.Value;
        Advance();
        if (_token.Kind == TurtleTokenKind.AtWord)
        {
            string language = _token.Value;
            Advance();
            return Literal.LanguageTagged(lexicalForm, language);
        }
        if (_token.Kind == TurtleTokenKind.DoubleCaret)
        {
            Advance();
            if (_token.Kind is not (TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName))
            {
                throw Error("expected a datatype IRI after '^^'");
            }
            return Literal.Typed(lexicalForm, ParseIri());
        }
        return Literal.Simple(lexicalForm);
    }

    private Term ParseIriOrBlankNodeLabel(string messageIfNeither)
    {
        switch (_token.Kind)
        {
            case TurtleTokenKind.IriRef:
            case TurtleTokenKind.PrefixedName:
                return ParseIri();
            case TurtleTokenKind.BlankNodeLabel:
                if (!_blankNodes.TryGetValue(_token.Value, out BlankNode? node))
                {
                    // Fresh labels keep two documents read into one store from sharing blank nodes.
                    node = BlankNode.CreateUnique();
                    _blankNodes.Add(_token.Value, node);
                }
                Advance();
                return node;
            default:
                throw Error(messageIfNeither);
        }
    }

    /// <summary>iri ::= IRIREF | PrefixedName; the current token is one of them.</summary>
    private Iri ParseIri()
    {
        TurtleToken token = _token;
        Iri? iri;
        if (token.Kind == TurtleTokenKind.IriRef)
        {
            if (!_iriCache.TryGetReference(token.Value, out iri))
            {
                iri = CreateIri(ResolveWithoutChecking(token), token);
                _iriCache.AddReference(token.Value, iri);
            }
        }
        else if (!_iriCache.TryGetPrefixedName(token.Prefix, token.Value, out iri))
        {
            if (!_prefixes.TryGetValue(token.Prefix, out string? ns))
            {
                throw Error($"undefined prefix '{token.Prefix}:'");
            }
            iri = CreateIri(ns + token.Value, token);
            _iriCache.AddPrefixedName(token.Prefix, token.Value, iri);
        }
        Advance();
        return iri;
    }

    private Iri CreateIri(string value, TurtleToken token)
    {
        string? problem = Rdf.Iris.IriSyntax.SchemeLength(value) > 0 && !value.AsSpan().ContainsAny(TurtleCharClasses.IriForbidden)
            ? null
            : Rdf.Iris.IriSyntax.FindProblem(value);
        if (problem is not null)
        {
            throw Error(token, "invalid IRI: " + problem);
        }
        return new Iri(value);
    }
}
