using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>
/// A recursive-descent parser for Turtle (<see href="https://www.w3.org/TR/turtle/"/>) and TriG
/// (<see href="https://www.w3.org/TR/trig/"/>). Each call to <see cref="ParseNext"/> parses one unit (a directive,
/// a triples statement, or the opening or closing of a TriG graph block) and appends its quads, so the caller can
/// yield them before reading on.
/// </summary>
internal sealed partial class TurtleParser
{
    /// <summary>The deepest nesting of '[' and '(' accepted in object position.</summary>
    public const int MaxNesting = 512;

    private readonly TurtleLexer _lexer;
    private readonly RdfReaderOptions _options;
    private readonly bool _isTrig;
    private readonly string _format;
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BlankNode> _blankNodes = new(StringComparer.Ordinal);
    private readonly TurtleIriCache _iriCache = new();
    private List<Quad> _output = [];
    private TurtleToken _token;
    private bool _started;
    private string? _base;
    private Term? _graph;
    private bool _inGraphBlock;
    private bool _advancePending;
    private int _nesting;

    public TurtleParser(TextReader reader, RdfReaderOptions options, bool isTrig)
    {
        _options = options;
        _isTrig = isTrig;
        _format = isTrig ? "TriG" : "Turtle";
        _lexer = new TurtleLexer(reader, _format, _iriCache);
        _base = options.BaseIri is { } baseIri && IriSyntax.IsAbsolute(baseIri) ? baseIri : null;
    }

    /// <summary>
    /// Parses the next unit into <paramref name="output"/>. Returns false at the end of the input.
    /// In lenient mode a unit with an error adds nothing; the error goes to <see cref="RdfReaderOptions.OnError"/>.
    /// </summary>
    /// <exception cref="RdfSyntaxException">In strict mode, at the first error.</exception>
    public bool ParseNext(List<Quad> output)
    {
        _output = output;
        int before = output.Count;
        try
        {
            // The token after a unit is read only now, so a lexical error there belongs to the next unit.
            if (!_started || _advancePending)
            {
                _started = true;
                _advancePending = false;
                Advance();
            }
            return _isTrig ? ParseTrigUnit() : ParseTurtleUnit();
        }
        catch (TurtleParseException e)
        {
            if (!_options.Lenient)
            {
                throw new RdfSyntaxException(e.Error);
            }
            output.RemoveRange(before, output.Count - before);
            _options.OnError?.Invoke(e.Error);
            Resynchronise();
            return true;
        }
    }

    private bool ParseTurtleUnit()
    {
        if (_token.Kind == TurtleTokenKind.EndOfInput)
        {
            return false;
        }
        if (!TryParseDirective())
        {
            ParseTriples();
            ExpectEnd(TurtleTokenKind.Dot, "expected '.' at the end of the statement");
        }
        return true;
    }

    /// <summary>
    /// Skips the rest of a bad unit: up to the next '.', or up to a '}' that closes the current graph block. A graph
    /// block that opens within the skipped text is skipped whole, so its statements do not land in the wrong graph.
    /// </summary>
    private void Resynchronise()
    {
        int skippedBlocks = 0;
        while (true)
        {
            switch (_token.Kind)
            {
                case TurtleTokenKind.EndOfInput:
                    return;
                case TurtleTokenKind.OpenBrace:
                    skippedBlocks++;
                    break;
                case TurtleTokenKind.CloseBrace when skippedBlocks > 0:
                    if (--skippedBlocks == 0 && !_inGraphBlock)
                    {
                        _advancePending = true;
                        return;
                    }
                    break;
                case TurtleTokenKind.CloseBrace when _inGraphBlock:
                    return;
                case TurtleTokenKind.Dot when skippedBlocks == 0:
                    _advancePending = true;
                    return;
            }
            TryAdvance();
        }
    }

    /// <summary>Advances, skipping over tokens the lexer rejects (each rejection consumes input, so this ends).</summary>
    private void TryAdvance()
    {
        while (true)
        {
            try
            {
                Advance();
                return;
            }
            catch (TurtleParseException)
            {
            }
        }
    }

    private void Advance()
    {
        try
        {
            _token = _lexer.Next();
        }
        catch (TurtleParseException e)
        {
            _token = new TurtleToken(TurtleTokenKind.Invalid, "", e.Error.Line, e.Error.Column);
            throw;
        }
    }

    /// <summary>Checks the last token of a unit; it is consumed when the next unit starts.</summary>
    private void ExpectEnd(TurtleTokenKind kind, string message)
    {
        if (_token.Kind != kind)
        {
            throw Error(message);
        }
        _advancePending = true;
    }

    private void Expect(TurtleTokenKind kind, string message)
    {
        if (_token.Kind != kind)
        {
            throw Error(message);
        }
        Advance();
    }

    private TurtleParseException Error(string message) =>
        new(new RdfSyntaxError(_format, _token.Line, _token.Column, message, _token.Display()));

    private TurtleParseException Error(TurtleToken at, string message) =>
        new(new RdfSyntaxError(_format, at.Line, at.Column, message, at.Display()));

    private void Emit(Term subject, Iri predicate, Term obj) => _output.Add(new Quad(subject, predicate, obj, _graph));

    /// <summary>Parses @prefix, @base, PREFIX or BASE when the current token starts one.</summary>
    private bool TryParseDirective()
    {
        bool sparqlStyle;
        bool isPrefix;
        if (_token.Kind == TurtleTokenKind.AtWord && _token.Value is "prefix" or "base")
        {
            sparqlStyle = false;
            isPrefix = _token.Value == "prefix";
        }
        else if (_token.IsKeyword("PREFIX") || _token.IsKeyword("BASE"))
        {
            sparqlStyle = true;
            isPrefix = _token.IsKeyword("PREFIX");
        }
        else
        {
            return false;
        }
        Advance();
        if (isPrefix)
        {
            if (_token.Kind != TurtleTokenKind.PrefixedName || _token.Value.Length != 0)
            {
                throw Error("expected a prefix such as 'ex:'");
            }
            string prefix = _token.Prefix;
            Advance();
            string ns = ResolveCurrentIriRef("expected the namespace IRI in <...>");
            _prefixes[prefix] = ns;
            _iriCache.ForgetPrefixedNames();
            _options.OnPrefix?.Invoke(prefix, ns);
        }
        else
        {
            _base = ResolveCurrentIriRef("expected the base IRI in <...>");
            _iriCache.ForgetReferences();
            _options.OnBase?.Invoke(_base);
        }
        if (sparqlStyle)
        {
            _advancePending = true;
        }
        else
        {
            Advance();
            ExpectEnd(TurtleTokenKind.Dot, "expected '.' after the directive");
        }
        return true;
    }

    /// <summary>Resolves the current token, which must be an IRIREF, against the base, without advancing.</summary>
    private string ResolveCurrentIriRef(string messageIfMissing)
    {
        if (_token.Kind != TurtleTokenKind.IriRef)
        {
            throw Error(messageIfMissing);
        }
        return Resolve(_token);
    }

    private string Resolve(TurtleToken iriRef)
    {
        string resolved = ResolveWithoutChecking(iriRef);
        string? problem = IriSyntax.FindProblem(resolved);
        if (problem is not null)
        {
            throw Error(iriRef, "invalid IRI: " + problem);
        }
        return resolved;
    }

    /// <summary>Resolves an IRIREF against the base (RFC 3986 section 5.2), leaving the syntax check to the caller.</summary>
    private string ResolveWithoutChecking(TurtleToken iriRef)
    {
        string reference = iriRef.Value;
        int schemeLength = IriSyntax.SchemeLength(reference);
        if (schemeLength > 0)
        {
            // An absolute IRI is kept exactly as written, as the RDF/XML reader and the SPARQL parser keep it: RDF
            // compares IRIs character by character, so removing dot segments here would make the same IRI written in
            // a data file and in a query differ (SPARQL i18n normalization-2).
            return reference;
        }
        if (_base is not null)
        {
            return IriResolver.Resolve(_base, reference);
        }
        throw Error(iriRef, "relative IRI with no base IRI to resolve it against");
    }
}
