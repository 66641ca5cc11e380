using System.Text;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>Short, Turtle-like text for terms in a terminal table: prefixed names, bare numbers, escaped line breaks.</summary>
internal sealed class TableCellFormatter
{
    private readonly List<KeyValuePair<string, string>> _prefixes;

    public TableCellFormatter(IReadOnlyDictionary<string, string> prefixes)
    {
        // Longest namespace first, so the most specific prefix wins.
        _prefixes = [.. prefixes.OrderByDescending(p => p.Value.Length).ThenBy(p => p.Key, StringComparer.Ordinal)];
    }

    public string Format(Term term)
    {
        var text = new StringBuilder();
        Append(text, term);
        return text.ToString();
    }

    private void Append(StringBuilder text, Term term)
    {
        switch (term)
        {
            case Iri iri:
                AppendIri(text, iri);
                break;
            case Literal literal when TurtleNumbers.CanAbbreviate(literal):
                text.Append(literal.LexicalForm);
                break;
            case Literal literal:
                NTriplesTermFormatter.AppendQuotedString(text, literal.LexicalForm);
                if (literal.HasLanguage)
                {
                    text.Append('@').Append(literal.Language);
                    if (literal.Direction != BaseDirection.None)
                    {
                        text.Append(literal.Direction == BaseDirection.Ltr ? "--ltr" : "--rtl");
                    }
                }
                else if (!literal.Datatype.Equals(Xsd.String))
                {
                    text.Append("^^");
                    AppendIri(text, literal.Datatype);
                }
                break;
            case TripleTerm tripleTerm:
                text.Append("<<( ");
                Append(text, tripleTerm.Triple.Subject);
                text.Append(' ');
                Append(text, tripleTerm.Triple.Predicate);
                text.Append(' ');
                Append(text, tripleTerm.Triple.Object);
                text.Append(" )>>");
                break;
            default:
                text.Append(term.ToString());
                break;
        }
    }

    private void AppendIri(StringBuilder text, Iri iri)
    {
        foreach (var (prefix, ns) in _prefixes)
        {
            if (iri.Value.StartsWith(ns, StringComparison.Ordinal) && IsSimpleLocalName(iri.Value.AsSpan(ns.Length)))
            {
                text.Append(prefix).Append(':').Append(iri.Value, ns.Length, iri.Value.Length - ns.Length);
                return;
            }
        }
        NTriplesTermFormatter.AppendIri(text, iri.Value);
    }

    /// <summary>A local name that reads unambiguously after <c>prefix:</c> (a conservative subset of Turtle's PN_LOCAL).</summary>
    private static bool IsSimpleLocalName(ReadOnlySpan<char> local)
    {
        if (local.Length > 0 && local[^1] == '.')
        {
            return false;
        }
        foreach (char c in local)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                return false;
            }
        }
        return true;
    }
}
