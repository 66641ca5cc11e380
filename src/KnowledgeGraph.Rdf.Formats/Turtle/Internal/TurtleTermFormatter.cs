using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using static KnowledgeGraph.Rdf.Formats.Turtle.Internal.TurtleCharClasses;

namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>
/// Writes single terms in their shortest exact Turtle form: prefixed names where the local part is legal (escaped
/// when needed), IRIs relative to the base when they resolve back exactly, bare numbers and booleans, long strings
/// for text with line breaks. Blank nodes get fresh labels <c>b0</c>, <c>b1</c>, ... in order of first use, since
/// input labels need not be legal Turtle labels.
/// </summary>
internal sealed partial class TurtleTermFormatter
{
    private readonly List<KeyValuePair<string, string>> _prefixes = [];
    private readonly string? _base;
    private readonly Dictionary<string, (string Form, string? Prefix)> _iriForms = new(StringComparer.Ordinal);
    private readonly Dictionary<BlankNode, string> _blankLabels = [];
    private readonly HashSet<string> _usedPrefixes = new(StringComparer.Ordinal);

    public TurtleTermFormatter(RdfWriterOptions options)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> prefix in options.Prefixes)
        {
            if (IsValidPrefix(prefix.Key) && IriSyntax.IsAbsolute(prefix.Value) && seen.Add(prefix.Key))
            {
                _prefixes.Add(prefix);
            }
        }
        _base = options.BaseIri is { } baseIri && IriSyntax.IsAbsolute(baseIri) ? baseIri : null;
    }

    /// <summary>The base IRI the output declares, or null.</summary>
    public string? BaseIri => _base;

    /// <summary>The usable prefixes, in the caller's order, that some written IRI used.</summary>
    public IEnumerable<KeyValuePair<string, string>> UsedPrefixes => _prefixes.Where(p => _usedPrefixes.Contains(p.Key));

    /// <summary>Appends a term in object (or subject or graph name) position.</summary>
    public void Append(StringBuilder builder, Term term)
    {
        switch (term)
        {
            case Iri iri:
                builder.Append(FormatIri(iri.Value));
                break;
            case BlankNode blank:
                builder.Append("_:").Append(Label(blank));
                break;
            case Literal literal:
                AppendLiteral(builder, literal);
                break;
            case TripleTerm tripleTerm:
                // RDF 1.2 Turtle syntax; an RDF 1.1 reader cannot read it back.
                builder.Append("<<( ");
                Append(builder, tripleTerm.Triple.Subject);
                builder.Append(' ');
                Append(builder, tripleTerm.Triple.Predicate);
                builder.Append(' ');
                Append(builder, tripleTerm.Triple.Object);
                builder.Append(" )>>");
                break;
            default:
                throw new ArgumentException($"Unknown term kind {term.GetType().Name}.", nameof(term));
        }
    }

    /// <summary>Appends a predicate, using <c>a</c> for <c>rdf:type</c>.</summary>
    public void AppendPredicate(StringBuilder builder, Iri predicate) =>
        builder.Append(predicate.Equals(RdfVocab.Type) ? "a" : FormatIri(predicate.Value));

    private string Label(BlankNode blank)
    {
        if (!_blankLabels.TryGetValue(blank, out string? label))
        {
            label = "b" + _blankLabels.Count.ToString(CultureInfo.InvariantCulture);
            _blankLabels.Add(blank, label);
        }
        return label;
    }

    /// <summary>The IRI as a prefixed name, a relative reference in angle brackets, or in full.</summary>
    public string FormatIri(string iri)
    {
        if (!_iriForms.TryGetValue(iri, out var cached))
        {
            cached = TryPrefixedName(iri) ?? (TryRelative(iri) ?? FullIri(iri), null);
            _iriForms.Add(iri, cached);
        }
        if (cached.Prefix is not null)
        {
            _usedPrefixes.Add(cached.Prefix);
        }
        return cached.Form;
    }

    private (string Form, string? Prefix)? TryPrefixedName(string iri)
    {
        (string, string?)? best = null;
        int bestLength = -1;
        foreach (KeyValuePair<string, string> prefix in _prefixes)
        {
            if (prefix.Value.Length > bestLength && iri.StartsWith(prefix.Value, StringComparison.Ordinal)
                && EscapeLocalName(iri[prefix.Value.Length..]) is { } local)
            {
                best = (prefix.Key + ":" + local, prefix.Key);
                bestLength = prefix.Value.Length;
            }
        }
        return best;
    }

    private string? TryRelative(string iri)
    {
        if (_base is null)
        {
            return null;
        }
        if (iri.StartsWith(_base, StringComparison.Ordinal) && ResolvesBack(iri[_base.Length..], iri) is { } sameDocument)
        {
            return sameDocument;
        }
        int lastSlash = _base.LastIndexOf('/');
        if (lastSlash >= 0 && iri.StartsWith(_base.AsSpan(0, lastSlash + 1), StringComparison.Ordinal))
        {
            return ResolvesBack(iri[(lastSlash + 1)..], iri);
        }
        return null;
    }

    /// <summary>The relative reference in brackets when it resolves against the base to exactly the IRI.</summary>
    private string? ResolvesBack(string reference, string iri) =>
        string.Equals(IriResolver.Resolve(_base!, reference), iri, StringComparison.Ordinal) ? FullIri(reference) : null;

    private static string FullIri(string iri)
    {
        var builder = new StringBuilder(iri.Length + 2);
        NTriplesTermFormatter.AppendIri(builder, iri);
        return builder.ToString();
    }

    /// <summary>Whether the text is a legal PN_PREFIX or empty.</summary>
    public static bool IsValidPrefix(string prefix)
    {
        if (prefix.Length == 0)
        {
            return true;
        }
        int[] codePoints = CodePoints(prefix);
        if (!IsPnCharsBase(codePoints[0]) || codePoints[^1] == '.')
        {
            return false;
        }
        return codePoints.All(c => IsPnChars(c) || c == '.');
    }

    /// <summary>
    /// The local part written as a legal PN_LOCAL, with PN_LOCAL_ESC escapes where needed, or null when the IRI reads
    /// better in full (it holds characters PN_LOCAL cannot hold, or path and query delimiters).
    /// </summary>
    public static string? EscapeLocalName(string local)
    {
        var builder = new StringBuilder(local.Length + 4);
        int[] codePoints = CodePoints(local);
        for (int i = 0; i < codePoints.Length; i++)
        {
            int c = codePoints[i];
            bool first = i == 0;
            bool last = i == codePoints.Length - 1;
            if (IsPnCharsU(c) || c == ':' || IsDigit(c) || (!first && IsPnChars(c)))
            {
                builder.Append(char.ConvertFromUtf32(c));
            }
            else if (c == '.' && !first && !last)
            {
                builder.Append('.');
            }
            else if (c == '%' && i + 2 < codePoints.Length && IsHex(codePoints[i + 1]) && IsHex(codePoints[i + 2]))
            {
                builder.Append('%');
            }
            else if (IsLocalEscapable(c) && c is not ('/' or '#' or '?' or '@'))
            {
                builder.Append('\\').Append((char)c);
            }
            else
            {
                return null;
            }
        }
        return builder.ToString();
    }

    private static int[] CodePoints(string text)
    {
        var result = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                result.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
            {
                result.Add(text[i]);
            }
        }
        return [.. result];
    }
}
