using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Terms;

/// <summary>
/// Writes terms in N-Triples syntax with the escaping of canonical N-Triples
/// (<see href="https://www.w3.org/TR/rdf12-n-triples/#canonical-ntriples"/>): in literals <c>\" \\ \n \r \t \b \f</c>
/// as ECHAR and other control characters, U+FFFE and U+FFFF as <c>\uXXXX</c>; in IRIs the characters IRIREF forbids as <c>\uXXXX</c>.
/// Simple literals are written without <c>^^xsd:string</c>.
/// </summary>
public static class NTriplesTermFormatter
{
    /// <summary>Formats one term.</summary>
    public static string Format(Term term)
    {
        var builder = new StringBuilder();
        Append(builder, term);
        return builder.ToString();
    }

    /// <summary>Appends one term to a builder.</summary>
    public static void Append(StringBuilder builder, Term term)
    {
        switch (term)
        {
            case Iri iri:
                AppendIri(builder, iri.Value);
                break;
            case BlankNode blank:
                builder.Append("_:").Append(blank.Label);
                break;
            case Literal literal:
                AppendLiteral(builder, literal);
                break;
            case TripleTerm tripleTerm:
                builder.Append("<<( ");
                Append(builder, tripleTerm.Triple.Subject);
                builder.Append(' ');
                AppendIri(builder, tripleTerm.Triple.Predicate.Value);
                builder.Append(' ');
                Append(builder, tripleTerm.Triple.Object);
                builder.Append(" )>>");
                break;
            default:
                throw new ArgumentException($"Unknown term kind {term.GetType().Name}.", nameof(term));
        }
    }

    /// <summary>Appends <c>&lt;iri&gt;</c>, escaping characters that IRIREF does not allow.</summary>
    public static void AppendIri(StringBuilder builder, string iri)
    {
        builder.Append('<');
        foreach (char c in iri)
        {
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        builder.Append('>');
    }

    /// <summary>Appends a literal: quoted, escaped lexical form, then language tag or datatype.</summary>
    public static void AppendLiteral(StringBuilder builder, Literal literal)
    {
        AppendQuotedString(builder, literal.LexicalForm);
        if (literal.HasLanguage)
        {
            builder.Append('@').Append(literal.Language);
            if (literal.Direction != BaseDirection.None)
            {
                builder.Append(literal.Direction == BaseDirection.Ltr ? "--ltr" : "--rtl");
            }
        }
        else if (!literal.Datatype.Equals(Xsd.String))
        {
            builder.Append("^^");
            AppendIri(builder, literal.Datatype.Value);
        }
    }

    /// <summary>Appends a double-quoted string with N-Triples escapes.</summary>
    public static void AppendQuotedString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < ' ' || c == '\u007F' || c == '\uFFFE' || c == '\uFFFF')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        builder.Append('"');
    }
}
