using System.Buffers;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.NTriples.Internal;

/// <summary>
/// Formats N-Triples / N-Quads statements into a reusable character buffer, with the escaping of canonical N-Triples
/// (<see href="https://www.w3.org/TR/rdf12-n-triples/#canonical-ntriples"/>): in strings <c>\" \\ \n \r \t \b \f</c>
/// as ECHAR and U+0000–U+001F, U+007F, U+FFFE, U+FFFF otherwise as <c>\uXXXX</c>; in IRIs the characters IRIREF
/// forbids as <c>\uXXXX</c>. Text without anything to escape is copied in one block.
/// </summary>
internal sealed class StatementFormatter
{
    private static readonly SearchValues<char> StringSpecials = SearchValues.Create(BuildStringSpecials());
    private static readonly SearchValues<char> IriSpecials = SearchValues.Create(BuildIriSpecials());

    private readonly bool _lowerCaseLanguage;
    private char[] _buffer = new char[16384];
    private int _length;

    /// <summary>Creates a formatter; canonical form lower-cases language tags.</summary>
    public StatementFormatter(bool canonical) => _lowerCaseLanguage = canonical;

    /// <summary>The number of characters formatted so far.</summary>
    public int Length => _length;

    /// <summary>The characters formatted so far.</summary>
    public ReadOnlySpan<char> Written => _buffer.AsSpan(0, _length);

    /// <summary>Writes the formatted characters to the writer and empties the buffer.</summary>
    public void WriteTo(TextWriter output)
    {
        output.Write(_buffer, 0, _length);
        _length = 0;
    }

    /// <summary>Empties the buffer.</summary>
    public void Clear() => _length = 0;

    /// <summary>Appends <c>s p o [g] .</c> without a line break.</summary>
    // Hot path: compiled fully optimised at once, as one pass over many statements is the common use.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AppendStatement(in Quad quad)
    {
        AppendTerm(quad.Subject);
        Append(' ');
        AppendIri(quad.Predicate.Value);
        Append(' ');
        AppendTerm(quad.Object);
        if (quad.Graph is not null)
        {
            Append(' ');
            AppendTerm(quad.Graph);
        }
        Append(" .");
    }

    /// <summary>Appends a line break.</summary>
    public void AppendLineBreak() => Append('\n');

    // Hot path: compiled fully optimised at once, as one pass over many statements is the common use.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AppendTerm(Term term)
    {
        switch (term.Kind)
        {
            case TermKind.Iri:
                AppendIri(((Iri)term).Value);
                break;
            case TermKind.BlankNode:
                Append("_:");
                Append(((BlankNode)term).Label);
                break;
            case TermKind.Literal:
                AppendLiteral((Literal)term);
                break;
            case TermKind.TripleTerm:
                Triple triple = ((TripleTerm)term).Triple;
                Append("<<( ");
                AppendTerm(triple.Subject);
                Append(' ');
                AppendIri(triple.Predicate.Value);
                Append(' ');
                AppendTerm(triple.Object);
                Append(" )>>");
                break;
            default:
                throw new ArgumentException($"Unknown term kind {term.Kind}.", nameof(term));
        }
    }

    // Hot path: compiled fully optimised at once, as one pass over many statements is the common use.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AppendIri(string iri)
    {
        Append('<');
        int special = iri.AsSpan().IndexOfAny(IriSpecials);
        if (special < 0)
        {
            Append(iri);
        }
        else
        {
            AppendEscaped(iri, special, IriSpecials);
        }
        Append('>');
    }

    // Hot path: compiled fully optimised at once, as one pass over many statements is the common use.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AppendLiteral(Literal literal)
    {
        Append('"');
        string lexical = literal.LexicalForm;
        int special = lexical.AsSpan().IndexOfAny(StringSpecials);
        if (special < 0)
        {
            Append(lexical);
        }
        else
        {
            AppendEscaped(lexical, special, StringSpecials);
        }
        Append('"');
        if (literal.HasLanguage)
        {
            Append('@');
            int start = _length;
            Append(literal.Language);
            if (_lowerCaseLanguage)
            {
                System.Text.Ascii.ToLowerInPlace(_buffer.AsSpan(start, _length - start), out _);
            }
            if (literal.Direction != BaseDirection.None)
            {
                Append(literal.Direction == BaseDirection.Ltr ? "--ltr" : "--rtl");
            }
        }
        else if (!literal.Datatype.Equals(Xsd.String))
        {
            Append("^^");
            AppendIri(literal.Datatype.Value);
        }
    }

    /// <summary>Appends the text, escaping from the first special character on.</summary>
    private void AppendEscaped(string text, int special, SearchValues<char> specials)
    {
        ReadOnlySpan<char> rest = text;
        while (special >= 0)
        {
            Append(rest[..special]);
            AppendEscape(rest[special]);
            rest = rest[(special + 1)..];
            special = rest.IndexOfAny(specials);
        }
        Append(rest);
    }

    private void AppendEscape(char c)
    {
        string? echar = c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\b' => "\\b",
            '\f' => "\\f",
            _ => null,
        };
        if (echar is not null)
        {
            Append(echar);
            return;
        }
        Span<char> uchar = ['\\', 'u', Hex(c >> 12), Hex(c >> 8), Hex(c >> 4), Hex(c)];
        Append(uchar);
    }

    private static char Hex(int value) => "0123456789ABCDEF"[value & 0xF];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(char c)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }
        _buffer[_length++] = c;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(ReadOnlySpan<char> text)
    {
        if (_length > _buffer.Length - text.Length)
        {
            Grow(text.Length);
        }
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int needed) => Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + needed));

    private static char[] BuildStringSpecials()
    {
        var chars = new List<char> { '"', '\\', '\u007F', '\uFFFE', '\uFFFF' };
        for (char c = '\0'; c < ' '; c++)
        {
            chars.Add(c);
        }
        return [.. chars];
    }

    private static char[] BuildIriSpecials()
    {
        var chars = new List<char> { '<', '>', '"', '{', '}', '|', '^', '`', '\\' };
        for (char c = '\0'; c <= ' '; c++)
        {
            chars.Add(c);
        }
        return [.. chars];
    }
}
