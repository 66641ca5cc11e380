using System.Runtime.CompilerServices;
using System.Text;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.NTriples.Internal;

/// <summary>Statements and errors: <c>subject predicate object graphLabel? '.'</c>, then only a comment may follow.</summary>
internal sealed partial class NTriplesParser
{
    private const int MaxTripleTermDepth = 64;
    private const int MaxTokenBytes = 40;

    /// <summary>Parses one line; false when it holds no statement (blank or comment only).</summary>
    // Hot path: compiled fully optimised at once, as a single pass over a large file is the common use.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ParseStatement(ReadOnlySpan<byte> line, out Quad quad)
    {
        int i = SkipWhiteSpace(line, 0);
        if (i == line.Length || line[i] == '#' || (line[i] == 'V' && IsVersionDirective(line, i)))
        {
            quad = default;
            return false;
        }
        Term subject = ParseSubject(line, ref i);
        i = SkipWhiteSpace(line, i);
        Iri predicate = ParsePredicate(line, ref i);
        i = SkipWhiteSpace(line, i);
        Term obj = ParseObject(line, ref i, 0);
        i = SkipWhiteSpace(line, i);
        Term? graph = null;
        if (_allowGraph && i < line.Length && line[i] != '.')
        {
            graph = ParseGraphLabel(line, ref i);
            i = SkipWhiteSpace(line, i);
        }
        if (i == line.Length || line[i] != '.')
        {
            throw Error(line, i, _allowGraph && graph is null
                ? "expected a graph label (IRI or blank node) or '.' to end the statement"
                : "expected '.' to end the statement");
        }
        i = SkipWhiteSpace(line, i + 1);
        if (i < line.Length && line[i] != '#')
        {
            throw Error(line, i, "expected the end of the line (or a comment) after '.'; one statement per line");
        }
        quad = new Quad(subject, predicate, obj, graph);
        return true;
    }

    /// <summary>
    /// RDF 1.2 <c>versionDirective ::= 'VERSION' versionSpecifier</c>, a quoted version label such as <c>"1.2"</c>.
    /// The announcement is only a hint, so it is checked for syntax and otherwise ignored.
    /// </summary>
    private bool IsVersionDirective(ReadOnlySpan<byte> line, int i)
    {
        if (!line[i..].StartsWith("VERSION"u8))
        {
            return false;
        }
        int j = SkipWhiteSpace(line, i + 7);
        byte quote = j < line.Length ? line[j] : (byte)0;
        int close = quote is (byte)'"' or (byte)'\'' ? line[(j + 1)..].IndexOfAny(quote, (byte)'\\') : -1;
        if (close < 0 || line[j + 1 + close] != quote)
        {
            throw Error(line, j, "expected a quoted version label after VERSION, such as \"1.2\"");
        }
        j = SkipWhiteSpace(line, j + close + 2);
        if (j < line.Length && line[j] != '#')
        {
            throw Error(line, j, "expected the end of the line (or a comment) after the version directive");
        }
        return true;
    }

    // Hot path: compiled fully optimised at once, as a single pass over a large file is the common use.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Term ParseSubject(ReadOnlySpan<byte> line, ref int i)
    {
        if (i < line.Length)
        {
            byte b = line[i];
            if (b == '<')
            {
                if (i + 1 < line.Length && line[i + 1] == '<')
                {
                    throw Error(line, i, IsTripleTermStart(line, i)
                        ? "expected a subject (IRI or blank node); a triple term may only be an object"
                        : "expected a subject (IRI or blank node); '<<' reified triples are Turtle syntax, not N-Triples");
                }
                return ParseIri(line, ref i, _iris);
            }
            if (b == '_')
            {
                return ParseBlankNode(line, ref i);
            }
        }
        throw Error(line, i, "expected a subject (IRI or blank node)");
    }

    // Hot path: compiled fully optimised at once, as a single pass over a large file is the common use.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri ParsePredicate(ReadOnlySpan<byte> line, ref int i)
    {
        if (i < line.Length && line[i] == '<' && !(i + 1 < line.Length && line[i + 1] == '<'))
        {
            return ParseIri(line, ref i, _predicates);
        }
        throw Error(line, i, "expected a predicate (IRI)");
    }

    // Hot path: compiled fully optimised at once, as a single pass over a large file is the common use.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Term ParseObject(ReadOnlySpan<byte> line, ref int i, int depth)
    {
        if (i < line.Length)
        {
            switch (line[i])
            {
                case (byte)'<':
                    if (i + 1 < line.Length && line[i + 1] == '<')
                    {
                        if (!IsTripleTermStart(line, i))
                        {
                            throw Error(line, i, "expected '<<(' to start a triple term; '<<' reified triples are Turtle syntax, not N-Triples");
                        }
                        return ParseTripleTerm(line, ref i, depth);
                    }
                    return ParseIri(line, ref i, _iris);
                case (byte)'_':
                    return ParseBlankNode(line, ref i);
                case (byte)'"':
                    return ParseLiteral(line, ref i);
            }
        }
        throw Error(line, i, "expected an object (IRI, blank node, literal or triple term)");
    }

    private Term ParseGraphLabel(ReadOnlySpan<byte> line, ref int i)
    {
        byte b = line[i];
        if (b == '<' && !(i + 1 < line.Length && line[i + 1] == '<'))
        {
            return ParseIri(line, ref i, _iris);
        }
        if (b == '_')
        {
            return ParseBlankNode(line, ref i);
        }
        throw Error(line, i, "expected a graph label (IRI or blank node) or '.' to end the statement");
    }

    /// <summary><c>'&lt;&lt;(' subject predicate object ')&gt;&gt;'</c> (RDF 1.2); the subject is an IRI or blank node.</summary>
    private TripleTerm ParseTripleTerm(ReadOnlySpan<byte> line, ref int i, int depth)
    {
        if (depth >= MaxTripleTermDepth)
        {
            throw Error(line, i, $"triple terms nested deeper than {MaxTripleTermDepth} levels");
        }
        i = SkipWhiteSpace(line, i + 3);
        Term subject = ParseSubject(line, ref i);
        i = SkipWhiteSpace(line, i);
        Iri predicate = ParsePredicate(line, ref i);
        i = SkipWhiteSpace(line, i);
        Term obj = ParseObject(line, ref i, depth + 1);
        i = SkipWhiteSpace(line, i);
        if (!(i + 2 < line.Length && line[i] == ')' && line[i + 1] == '>' && line[i + 2] == '>'))
        {
            throw Error(line, i, "expected ')>>' to close the triple term");
        }
        i += 3;
        return new TripleTerm(new Triple(subject, predicate, obj));
    }

    private static bool IsTripleTermStart(ReadOnlySpan<byte> line, int i) =>
        i + 2 < line.Length && line[i] == '<' && line[i + 1] == '<' && line[i + 2] == '(';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipWhiteSpace(ReadOnlySpan<byte> line, int i)
    {
        while (i < line.Length && NTriplesSyntax.IsWhiteSpace(line[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>Builds the error for the token at byte <paramref name="offset"/> of the current line.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private RdfSyntaxException Error(ReadOnlySpan<byte> line, int offset, string message)
    {
        offset = Math.Min(offset, line.Length);
        string? token = null;
        if (offset == line.Length)
        {
            message += ", but the line ended";
        }
        else
        {
            token = TokenAt(line, offset);
        }
        return new RdfSyntaxException(new RdfSyntaxError(_format, _lineNumber, ColumnOf(line, offset), message, token));
    }

    /// <summary>The 1-based column, in characters (Unicode code points), of a byte offset in a UTF-8 line.</summary>
    internal static int ColumnOf(ReadOnlySpan<byte> line, int offset)
    {
        int column = 1;
        for (int i = 0; i < offset; i++)
        {
            if ((line[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }
        return column;
    }

    /// <summary>The offending text: one character when it is white space or punctuation, else up to the next white space.</summary>
    private static string TokenAt(ReadOnlySpan<byte> line, int offset)
    {
        int end = offset + 1;
        if (line[offset] > ' ')
        {
            while (end < line.Length && end - offset < MaxTokenBytes && line[end] > ' ')
            {
                end++;
            }
        }
        while (end < line.Length && (line[end] & 0xC0) == 0x80)
        {
            end++;
        }
        // Lenient decoding: the token only illustrates the error, and may itself be malformed UTF-8.
        return Encoding.UTF8.GetString(line[offset..end]);
    }
}
