using System.Globalization;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>
/// XSD constructor functions (SPARQL 1.1 section 17.5) with the XPath casting rules: strings are parsed in the target's
/// lexical space (after whitespace collapsing), numbers convert between kinds (truncating towards zero to integers,
/// NaN and infinities failing), booleans become 1/0 and numbers become true unless zero or NaN.
/// </summary>
internal static class CastFunctions
{
    /// <summary>Casts <paramref name="arg"/> to the XSD type named by <paramref name="target"/>.</summary>
    public static Term Cast(Iri target, Term arg)
    {
        string name = target.Value;
        if (arg is Iri iri)
        {
            return ReferenceEquals(target, XsdTypes.String) || name == Xsd.String.Value
                ? Literals.String(iri.Value)
                : throw Errors.Of(name, $"cannot cast the IRI {iri}");
        }
        if (arg is not Literal literal)
        {
            throw Errors.Type(name, "a literal", arg);
        }
        ValueKind source = XsdTypes.KindOf(literal);
        ValueKind destination = XsdTypes.KindOf(target);
        if (source is ValueKind.LangString or ValueKind.Unknown)
        {
            throw Errors.Of(name, $"cannot cast {literal}");
        }
        if (source == ValueKind.String)
        {
            return FromString(target, destination, literal.LexicalForm.Trim(' ', '\t', '\n', '\r'), literal);
        }
        Numeric number = default;
        bool boolean = false;
        TemporalValue temporal = default;
        bool valid = source switch
        {
            ValueKind.Boolean => XsdLexical.TryParseBoolean(literal.LexicalForm, out boolean),
            ValueKind.DateTime or ValueKind.Date or ValueKind.Time => TemporalValue.TryParse(literal.LexicalForm, source, out temporal),
            ValueKind.DayTimeDuration => true,
            _ => TermValues.TryGetNumeric(literal, source, out number),
        };
        if (!valid)
        {
            throw Errors.Of(name, $"{literal} is ill-typed");
        }
        if (destination == ValueKind.String)
        {
            return Literals.String(source switch
            {
                ValueKind.Boolean => boolean ? "true" : "false",
                ValueKind.Integer => XsdCanonical.Integer(number.Exact),
                ValueKind.Decimal => XsdCanonical.DecimalAsString(number.Exact),
                ValueKind.Float or ValueKind.Double => XsdCanonical.ApproximateAsString(number.Approximate, source == ValueKind.Float),
                _ => literal.LexicalForm,
            });
        }
        if (source == ValueKind.Boolean)
        {
            return destination == ValueKind.Boolean
                ? Literals.Boolean(boolean)
                : FromNumber(target, destination, Numeric.FromInteger(boolean ? 1 : 0));
        }
        if (XsdTypes.IsNumeric(source))
        {
            return destination == ValueKind.Boolean ? Literals.Boolean(!number.IsZeroOrNaN) : FromNumber(target, destination, number);
        }
        if (source == ValueKind.DateTime && destination is ValueKind.DateTime or ValueKind.Date or ValueKind.Time)
        {
            return FromDateTime(target, destination, literal.LexicalForm, temporal);
        }
        if (source == ValueKind.Date && destination == ValueKind.DateTime)
        {
            // XPath: the date at midnight, keeping its timezone.
            string zone = temporal.TimezoneMinutes.HasValue ? TimezoneSuffix(literal.LexicalForm) : string.Empty;
            string date = literal.LexicalForm[..(literal.LexicalForm.Length - zone.Length)];
            return Literal.Typed(date + "T00:00:00" + zone, target);
        }
        if (source == destination)
        {
            return literal;
        }
        throw Errors.Of(name, $"cannot cast {literal}");
    }

    private static Term FromString(Iri target, ValueKind destination, string text, Literal original)
    {
        string name = target.Value;
        switch (destination)
        {
            case ValueKind.String:
                return Literals.String(original.LexicalForm);
            case ValueKind.Boolean:
                return XsdLexical.TryParseBoolean(text, out bool b) ? Literals.Boolean(b) : throw Errors.Of(name, $"'{text}' is not a boolean");
            case ValueKind.Integer:
                return XsdLexical.TryParseInteger(text, out decimal i)
                    ? IntegerResult(target, i)
                    : throw Errors.Of(name, $"'{text}' is not an integer");
            case ValueKind.Decimal:
                return XsdLexical.TryParseDecimal(text, out decimal d) ? Literals.Decimal(d) : throw Errors.Of(name, $"'{text}' is not a decimal");
            case ValueKind.Float:
            case ValueKind.Double:
                if (!XsdLexical.TryParseDouble(text, out double x))
                {
                    throw Errors.Of(name, $"'{text}' is not a number");
                }
                return destination == ValueKind.Float ? Literals.Float(x) : Literals.Double(x);
            case ValueKind.DateTime:
            case ValueKind.Date:
            case ValueKind.Time:
                return TemporalValue.TryParse(text, destination, out _)
                    ? Literal.Typed(text, target)
                    : throw Errors.Of(name, $"'{text}' is not a valid {target}");
            default:
                throw Errors.Of(name, "unsupported cast");
        }
    }

    private static Term FromNumber(Iri target, ValueKind destination, Numeric number)
    {
        string name = target.Value;
        switch (destination)
        {
            case ValueKind.Integer:
                return IntegerResult(target, ToExact(number, name, truncate: true));
            case ValueKind.Decimal:
                return Literals.Decimal(ToExact(number, name, truncate: false));
            case ValueKind.Float:
                return Literals.Float(number.AsDouble());
            case ValueKind.Double:
                return Literals.Double(number.AsDouble());
            default:
                throw Errors.Of(name, "cannot cast a number to this type");
        }
    }

    private static decimal ToExact(Numeric number, string name, bool truncate)
    {
        if (number.IsExact)
        {
            return truncate ? decimal.Truncate(number.Exact) : number.Exact;
        }
        double x = number.Approximate;
        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            throw Errors.Of(name, $"cannot cast {XsdCanonical.Double(x)} to an exact number");
        }
        try
        {
            // Parse the shortest round-trip text rather than converting bits, so 0.1 becomes 0.1, not 0.1000000000000000055...
            string shortest = number.Kind == ValueKind.Float
                ? ((float)x).ToString("R", CultureInfo.InvariantCulture)
                : x.ToString("R", CultureInfo.InvariantCulture);
            decimal exact = decimal.Parse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture);
            return truncate ? decimal.Truncate(exact) : exact;
        }
        catch (OverflowException)
        {
            throw Errors.Of(name, $"{x} is out of the supported range");
        }
    }

    private static Literal IntegerResult(Iri target, decimal value)
    {
        if (!XsdTypes.IsInRange(target.Value, value))
        {
            throw Errors.Of(target.Value, $"{value} is out of range");
        }
        return Literal.Typed(XsdCanonical.Integer(value), target);
    }

    private static Term FromDateTime(Iri target, ValueKind destination, string lexical, TemporalValue value)
    {
        if (destination == ValueKind.DateTime)
        {
            return Literal.Typed(lexical, target);
        }
        int t = lexical.IndexOf('T', StringComparison.Ordinal);
        string zone = value.TimezoneMinutes.HasValue ? TimezoneSuffix(lexical) : string.Empty;
        string part = destination == ValueKind.Date
            ? lexical[..t]
            : lexical[(t + 1)..(lexical.Length - zone.Length)];
        return Literal.Typed(part + zone, target);
    }

    private static string TimezoneSuffix(string lexical) => lexical.EndsWith('Z') ? "Z" : lexical[^6..];
}
