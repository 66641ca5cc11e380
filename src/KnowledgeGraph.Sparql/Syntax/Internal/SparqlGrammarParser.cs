using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>
/// The recursive-descent parser for the SPARQL 1.1 Query and Update grammars (one method per grammar rule, named after
/// it). This part holds the token helpers, the prologue and RDF terms; the other parts hold the query forms, group
/// patterns, triples and paths, expressions and update operations.
/// </summary>
internal sealed partial class SparqlGrammarParser
{
    /// <summary>The prefix of labels given to blank nodes written as <c>[]</c> or collections; unlikely in real queries.</summary>
    internal const string GeneratedLabelPrefix = "_anon";

    private readonly SparqlLexer _lexer;
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private readonly BlankNodeScopes _blankNodes = new();
    private readonly SourcePositions _positions = new();
    private string? _baseIri;
    private int _generatedBlankNodes;

    public SparqlGrammarParser(string text, string? baseIri)
    {
        _lexer = new SparqlLexer(text);
        _baseIri = baseIri;
    }

    private SparqlToken Current => _lexer.Peek();

    private SparqlToken Advance() => _lexer.Next();

    private SparqlSyntaxException Expected(string what) => ErrorAt(Current, $"expected {what}, found {Current.Display}");

    private static SparqlSyntaxException ErrorAt(SparqlToken token, string detail) =>
        new(token.Line, token.Column, token.Text, detail);

    private bool AcceptWord(string keyword)
    {
        if (Current.IsWord(keyword))
        {
            Advance();
            return true;
        }
        return false;
    }

    private bool AcceptSymbol(string symbol)
    {
        if (Current.IsSymbol(symbol))
        {
            Advance();
            return true;
        }
        return false;
    }

    private SparqlToken ExpectWord(string keyword) =>
        Current.IsWord(keyword) ? Advance() : throw Expected(keyword);

    private SparqlToken ExpectSymbol(string symbol) =>
        Current.IsSymbol(symbol) ? Advance() : throw Expected($"'{symbol}'");

    private void ExpectEnd()
    {
        if (Current.Kind != SparqlTokenKind.End)
        {
            throw Expected("end of input");
        }
    }

    private void Prologue()
    {
        while (true)
        {
            if (Current.IsWord("BASE"))
            {
                Advance();
                var token = Current.Kind == SparqlTokenKind.IriRef ? Advance() : throw Expected("an IRI in <...> after BASE");
                _baseIri = ResolveIri(token).Value;
            }
            else if (Current.IsWord("PREFIX"))
            {
                Advance();
                var name = Current;
                if (name.Kind != SparqlTokenKind.PrefixedName || name.Value.Length != 0)
                {
                    throw Expected("a prefix name ending in ':' after PREFIX");
                }
                Advance();
                var token = Current.Kind == SparqlTokenKind.IriRef ? Advance() : throw Expected("an IRI in <...> after the prefix name");
                _prefixes[name.Prefix] = ResolveIri(token).Value;
            }
            else
            {
                return;
            }
        }
    }

    private bool IsIriStart => Current.Kind is SparqlTokenKind.IriRef or SparqlTokenKind.PrefixedName;

    /// <summary>Rule <c>iri</c>: an IRIREF resolved against the base, or a prefixed name expanded.</summary>
    private Iri Iri()
    {
        var token = Current;
        return token.Kind switch
        {
            SparqlTokenKind.IriRef => ResolveIri(Advance()),
            SparqlTokenKind.PrefixedName => ExpandPrefixedName(Advance()),
            _ => throw Expected("an IRI"),
        };
    }

    private Iri ResolveIri(SparqlToken token)
    {
        string value = token.Value;
        try
        {
            if (!HasScheme(value))
            {
                if (_baseIri is null)
                {
                    throw ErrorAt(token, $"relative IRI <{value}> with no base IRI");
                }
                value = IriResolver.Resolve(_baseIri, value);
            }
            return new Iri(value);
        }
        catch (ArgumentException error)
        {
            throw ErrorAt(token, error.Message);
        }
    }

    private static bool HasScheme(string value)
    {
        int colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }
        for (int i = 1; i < colon; i++)
        {
            char c = value[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    private Iri ExpandPrefixedName(SparqlToken token)
    {
        if (!_prefixes.TryGetValue(token.Prefix, out string? ns))
        {
            throw ErrorAt(token, $"undeclared prefix '{token.Prefix}:'");
        }
        try
        {
            return new Iri(ns + token.Value);
        }
        catch (ArgumentException error)
        {
            throw ErrorAt(token, error.Message);
        }
    }

    private bool IsLiteralStart =>
        Current.Kind is SparqlTokenKind.String or SparqlTokenKind.Integer or SparqlTokenKind.Decimal or SparqlTokenKind.Double
        || Current.IsWord("true") || Current.IsWord("false");

    /// <summary>Rules <c>RDFLiteral</c>, <c>NumericLiteral</c> and <c>BooleanLiteral</c>.</summary>
    private Literal Literal()
    {
        var token = Advance();
        switch (token.Kind)
        {
            case SparqlTokenKind.Integer:
                return Rdf.Terms.Literal.Typed(token.Value, Xsd.Integer);
            case SparqlTokenKind.Decimal:
                return Rdf.Terms.Literal.Typed(token.Value, Xsd.Decimal);
            case SparqlTokenKind.Double:
                return Rdf.Terms.Literal.Typed(token.Value, Xsd.Double);
            case SparqlTokenKind.Word when token.IsWord("true") || token.IsWord("false"):
                return Rdf.Terms.Literal.Typed(token.Value.ToLowerInvariant(), Xsd.Boolean);
            case SparqlTokenKind.String:
                if (Current.Kind == SparqlTokenKind.LanguageTag)
                {
                    return Rdf.Terms.Literal.LanguageTagged(token.Value, Advance().Value);
                }
                if (AcceptSymbol("^^"))
                {
                    return Rdf.Terms.Literal.Typed(token.Value, Iri());
                }
                return Rdf.Terms.Literal.Simple(token.Value);
            default:
                throw ErrorAt(token, $"expected a literal, found {token.Display}");
        }
    }

    private BlankNode NewBlankNode()
    {
        _generatedBlankNodes++;
        return new BlankNode(GeneratedLabelPrefix + _generatedBlankNodes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static SyntaxList<T> ListOf<T>(IEnumerable<T> items) => new(items);
}
