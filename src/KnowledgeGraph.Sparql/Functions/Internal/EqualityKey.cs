using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>
/// A hash key for the <c>=</c> operator of <see cref="ValueComparison.AreEqual"/>: whenever <c>a = b</c> is true,
/// <c>Of(a) == Of(b)</c>. The converse need not hold (two terms may share a key and still compare unequal or raise an
/// error), so a join keyed on it must still evaluate the filter; it only narrows which pairs are tried. This turns
/// <c>FILTER(?a = ?b)</c> between otherwise unconnected patterns from a cross product into a hash join.
/// </summary>
internal readonly record struct EqualityKey(ValueKind Kind, double Number, string? Text, string? Language, Term? Term)
{
    /// <summary>The key of a term.</summary>
    public static EqualityKey Of(Term term)
    {
        if (term is not Literal literal)
        {
            return new EqualityKey(ValueKind.Unknown, 0, null, null, term);
        }
        ValueKind kind = XsdTypes.KindOf(literal);
        if (XsdTypes.IsNumeric(kind))
        {
            // Numerics of every type compare after promotion, and every promotion path ends in a comparison that is
            // exact or goes through AsDouble, so equal values share their double image. -0 and +0 are equal.
            return TermValues.TryGetNumeric(literal, kind, out Numeric value)
                ? new EqualityKey(ValueKind.Double, Normalize(value.AsDouble()), null, null, null)
                : OfTerm(literal);
        }
        switch (kind)
        {
            case ValueKind.String:
                return new EqualityKey(ValueKind.String, 0, literal.LexicalForm, null, null);
            case ValueKind.LangString:
                // Language tags compare case-insensitively (RDF term equality).
                return new EqualityKey(ValueKind.LangString, 0, literal.LexicalForm, literal.Language!.ToLowerInvariant(), null);
            case ValueKind.Boolean:
                return XsdLexical.TryParseBoolean(literal.LexicalForm, out bool flag)
                    ? new EqualityKey(ValueKind.Boolean, flag ? 1 : 0, null, null, null)
                    : OfTerm(literal);
            case ValueKind.DateTime or ValueKind.Date or ValueKind.Time or ValueKind.DayTimeDuration:
                // Timezone-less values compare with a ±14 hour window, so no finer key is safe: one bucket per kind.
                return new EqualityKey(kind, 0, null, null, null);
            default:
                return OfTerm(literal);
        }
    }

    // Other literals (unknown datatypes, ill-typed values) are equal only when they are the same term.
    private static EqualityKey OfTerm(Literal literal) => new(ValueKind.Unknown, 0, null, null, literal);

    private static double Normalize(double value) => value == 0 ? 0 : value;
}
