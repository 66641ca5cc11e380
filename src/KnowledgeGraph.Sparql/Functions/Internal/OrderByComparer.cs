using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>
/// The ORDER BY order (SPARQL 1.1 section 15.1), made total so that sorting is deterministic and the comparer is
/// consistent (a sort given an intransitive comparer may throw or misorder). Unbound &lt; blank nodes &lt; IRIs &lt;
/// literals &lt; triple terms. Literals are first grouped by value space (numbers, strings, language strings, booleans,
/// date-times, dates, times, then everything else, ill-typed values included), so that <c>&lt;</c> is used within a
/// group and groups never interleave; ties (such as <c>1</c> and <c>1.0</c>) fall back to lexical form, datatype and
/// language.
/// </summary>
internal static class OrderByComparer
{
    public static int Compare(Term? left, Term? right)
    {
        if (ReferenceEquals(left, right))
        {
            return 0;
        }
        if (left is null || right is null)
        {
            return left is null ? -1 : 1;
        }
        int byKind = Rank(left.Kind).CompareTo(Rank(right.Kind));
        if (byKind != 0)
        {
            return byKind;
        }
        return left switch
        {
            BlankNode a => string.CompareOrdinal(a.Label, ((BlankNode)right).Label),
            Iri a => ValueComparison.CodePointCompare(a.Value, ((Iri)right).Value),
            Literal a => CompareLiterals(a, (Literal)right),
            _ => string.CompareOrdinal(left.ToString(), right.ToString()),
        };
    }

    private static int Rank(TermKind kind) => kind switch
    {
        TermKind.BlankNode => 0,
        TermKind.Iri => 1,
        TermKind.Literal => 2,
        _ => 3,
    };

    private static int CompareLiterals(Literal a, Literal b)
    {
        ValueKind ka = XsdTypes.KindOf(a);
        ValueKind kb = XsdTypes.KindOf(b);
        Numeric x = default;
        Numeric y = default;
        TemporalValue p = default;
        TemporalValue q = default;
        int ga = Group(a, ka, ref x, ref p);
        int gb = Group(b, kb, ref y, ref q);
        if (ga != gb)
        {
            return ga.CompareTo(gb);
        }
        int byValue = ga switch
        {
            0 => CompareNumbers(x, y),
            1 or 2 => ValueComparison.CodePointCompare(a.LexicalForm, b.LexicalForm),
            3 => XsdLexical.TryParseBoolean(a.LexicalForm, out bool s) && XsdLexical.TryParseBoolean(b.LexicalForm, out bool t) ? s.CompareTo(t) : 0,
            4 or 5 or 6 => p.Seconds.CompareTo(q.Seconds),
            _ => 0,
        };
        if (byValue != 0)
        {
            return byValue;
        }
        int c = ValueComparison.CodePointCompare(a.LexicalForm, b.LexicalForm);
        if (c != 0)
        {
            return c;
        }
        c = string.CompareOrdinal(a.Datatype.Value, b.Datatype.Value);
        if (c != 0)
        {
            return c;
        }
        c = string.Compare(a.Language, b.Language, StringComparison.OrdinalIgnoreCase);
        return c != 0 ? c : a.Direction.CompareTo(b.Direction);
    }

    /// <summary>Numbers by value, with NaN before every other number so that the order stays total.</summary>
    private static int CompareNumbers(in Numeric x, in Numeric y)
    {
        bool nx = !x.IsExact && double.IsNaN(x.Approximate);
        bool ny = !y.IsExact && double.IsNaN(y.Approximate);
        if (nx || ny)
        {
            return nx == ny ? 0 : nx ? -1 : 1;
        }
        return ValueComparison.CompareNumeric(x, y) switch
        {
            ValueComparison.Order.Less => -1,
            ValueComparison.Order.Greater => 1,
            _ => 0,
        };
    }

    private static int Group(Literal literal, ValueKind kind, ref Numeric number, ref TemporalValue temporal)
    {
        switch (kind)
        {
            case ValueKind.Integer or ValueKind.Decimal or ValueKind.Float or ValueKind.Double:
                return TermValues.TryGetNumeric(literal, kind, out number) ? 0 : 7;
            case ValueKind.String:
                return 1;
            case ValueKind.LangString:
                return 2;
            case ValueKind.Boolean:
                return XsdLexical.TryParseBoolean(literal.LexicalForm, out _) ? 3 : 7;
            case ValueKind.DateTime or ValueKind.Date or ValueKind.Time:
                return TemporalValue.TryParse(literal.LexicalForm, kind, out temporal) ? 4 + (kind - ValueKind.DateTime) : 7;
            default:
                return 7;
        }
    }
}
