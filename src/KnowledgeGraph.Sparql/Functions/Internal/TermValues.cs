using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>Reading the values of argument terms, raising expression errors when an argument has the wrong type.</summary>
internal static class TermValues
{
    /// <summary>Reads a numeric literal; false when the term is not numeric or its lexical form is invalid.</summary>
    public static bool TryGetNumeric(Term term, out Numeric value)
    {
        value = default;
        return term is Literal literal && TryGetNumeric(literal, XsdTypes.KindOf(literal), out value);
    }

    /// <summary>Reads a numeric literal of a known kind; false when it is not numeric or ill-typed.</summary>
    public static bool TryGetNumeric(Literal literal, ValueKind kind, out Numeric value)
    {
        value = default;
        switch (kind)
        {
            case ValueKind.Integer:
                if (XsdLexical.TryParseInteger(literal.LexicalForm, out decimal integer)
                    && (ReferenceEquals(literal.Datatype, XsdTypes.Integer) || XsdTypes.IsInRange(literal.Datatype.Value, integer)))
                {
                    value = Numeric.FromInteger(integer);
                    return true;
                }
                return false;
            case ValueKind.Decimal:
                if (XsdLexical.TryParseDecimal(literal.LexicalForm, out decimal exact))
                {
                    value = Numeric.FromDecimal(exact);
                    return true;
                }
                return false;
            case ValueKind.Float:
            case ValueKind.Double:
                if (XsdLexical.TryParseDouble(literal.LexicalForm, out double approximate))
                {
                    value = kind == ValueKind.Float ? Numeric.FromFloat(approximate) : Numeric.FromDouble(approximate);
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    /// <summary>Reads a numeric argument or raises a type error.</summary>
    public static Numeric RequireNumeric(Term term, string function) =>
        TryGetNumeric(term, out Numeric value) ? value : throw Errors.Type(function, "a numeric literal", term);

    /// <summary>Reads a boolean literal; false when the term is not a valid <c>xsd:boolean</c>.</summary>
    public static bool TryGetBoolean(Literal literal, out bool value)
    {
        value = false;
        return XsdTypes.KindOf(literal) == ValueKind.Boolean && XsdLexical.TryParseBoolean(literal.LexicalForm, out value);
    }

    /// <summary>A string literal argument (simple, <c>xsd:string</c> or language-tagged), or a type error.</summary>
    public static Literal RequireStringLiteral(Term term, string function)
    {
        if (term is Literal literal && XsdTypes.KindOf(literal) is ValueKind.String or ValueKind.LangString)
        {
            return literal;
        }
        throw Errors.Type(function, "a string literal", term);
    }

    /// <summary>A simple or <c>xsd:string</c> literal argument (no language tag), or a type error.</summary>
    public static string RequireSimpleString(Term term, string function)
    {
        if (term is Literal literal && XsdTypes.KindOf(literal) == ValueKind.String)
        {
            return literal.LexicalForm;
        }
        throw Errors.Type(function, "a simple literal or xsd:string", term);
    }

    /// <summary>An <c>xsd:dateTime</c> (or, leniently, <c>xsd:date</c>/<c>xsd:time</c> when allowed) argument, or a type error.</summary>
    public static TemporalValue RequireTemporal(Term term, string function, bool allowDate, bool allowTime)
    {
        if (term is Literal literal)
        {
            ValueKind kind = XsdTypes.KindOf(literal);
            bool accepted = kind == ValueKind.DateTime || (allowDate && kind == ValueKind.Date) || (allowTime && kind == ValueKind.Time);
            if (accepted && TemporalValue.TryParse(literal.LexicalForm, kind, out TemporalValue value))
            {
                return value;
            }
        }
        throw Errors.Type(function, "an xsd:dateTime literal", term);
    }
}
