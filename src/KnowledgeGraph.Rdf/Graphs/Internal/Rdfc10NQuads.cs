using System.Text;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Graphs.Internal;

/// <summary>
/// The canonical N-Quads lines RDFC-1.0 hashes and outputs. RDFC-1.0 (2024) fixes the RDF 1.1 canonical form, in
/// which only <c>"</c>, <c>\</c>, line feed and carriage return are escaped in literals and everything else is
/// written natively; this differs from RDF 1.2 canonical N-Triples (<see cref="NTriplesTermFormatter"/>), so the
/// hashes would not match the standard's test vectors with the newer escaping.
/// </summary>
internal static class Rdfc10NQuads
{
    /// <summary>One quad as a line ending in <c>" .\n"</c>, blank nodes written through <paramref name="label"/>.</summary>
    public static string Line(Quad quad, Func<BlankNode, string> label)
    {
        var builder = new StringBuilder();
        AppendTerm(builder, quad.Subject, label);
        builder.Append(' ');
        AppendTerm(builder, quad.Predicate, label);
        builder.Append(' ');
        AppendTerm(builder, quad.Object, label);
        if (quad.Graph is not null)
        {
            builder.Append(' ');
            AppendTerm(builder, quad.Graph, label);
        }
        return builder.Append(" .\n").ToString();
    }

    private static void AppendTerm(StringBuilder builder, Term term, Func<BlankNode, string> label)
    {
        switch (term)
        {
            case Iri iri:
                builder.Append('<').Append(iri.Value).Append('>');
                break;
            case BlankNode blank:
                builder.Append("_:").Append(label(blank));
                break;
            case Literal literal:
                builder.Append('"');
                foreach (char c in literal.LexicalForm)
                {
                    switch (c)
                    {
                        case '"': builder.Append("\\\""); break;
                        case '\\': builder.Append("\\\\"); break;
                        case '\n': builder.Append("\\n"); break;
                        case '\r': builder.Append("\\r"); break;
                        default: builder.Append(c); break;
                    }
                }
                builder.Append('"');
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
                    builder.Append("^^<").Append(literal.Datatype.Value).Append('>');
                }
                break;
            case TripleTerm tripleTerm:
                builder.Append("<<( ");
                AppendTerm(builder, tripleTerm.Triple.Subject, label);
                builder.Append(' ');
                AppendTerm(builder, tripleTerm.Triple.Predicate, label);
                builder.Append(' ');
                AppendTerm(builder, tripleTerm.Triple.Object, label);
                builder.Append(" )>>");
                break;
            default:
                throw new ArgumentException($"Unknown term kind {term.GetType().Name}.", nameof(term));
        }
    }
}
