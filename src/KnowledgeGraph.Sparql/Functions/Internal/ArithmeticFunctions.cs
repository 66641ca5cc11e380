using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>
/// The arithmetic operators (XPath <c>op:numeric-add</c> and friends) with type promotion, and the numeric functions
/// ABS, CEIL, FLOOR, ROUND (SPARQL 1.1 section 17.4.4).
/// </summary>
internal static class ArithmeticFunctions
{
    public static Term Add(Term left, Term right) => Binary(left, right, '+');

    public static Term Subtract(Term left, Term right) => Binary(left, right, '-');

    public static Term Multiply(Term left, Term right) => Binary(left, right, '*');

    public static Term Divide(Term left, Term right) => Binary(left, right, '/');

    public static Term Plus(Term operand) => Literals.Numeric(TermValues.RequireNumeric(operand, "unary +"));

    public static Term Minus(Term operand)
    {
        Numeric n = TermValues.RequireNumeric(operand, "unary -");
        return n.Kind switch
        {
            ValueKind.Integer => Literals.Integer(-n.Exact),
            ValueKind.Decimal => Literals.Decimal(-n.Exact),
            ValueKind.Float => Literals.Float(-n.Approximate),
            _ => Literals.Double(-n.Approximate),
        };
    }

    public static Term Abs(Term operand)
    {
        Numeric n = TermValues.RequireNumeric(operand, "ABS");
        return n.IsExact
            ? Literals.Numeric(n.Kind == ValueKind.Integer ? Numeric.FromInteger(Math.Abs(n.Exact)) : Numeric.FromDecimal(Math.Abs(n.Exact)))
            : Literals.Numeric(n.Kind == ValueKind.Float ? Numeric.FromFloat(Math.Abs(n.Approximate)) : Numeric.FromDouble(Math.Abs(n.Approximate)));
    }

    public static Term Ceil(Term operand) => Rounding(operand, "CEIL", Math.Ceiling, Math.Ceiling);

    public static Term Floor(Term operand) => Rounding(operand, "FLOOR", Math.Floor, Math.Floor);

    /// <summary>XPath <c>fn:round</c>: to the nearest integer, halves towards positive infinity.</summary>
    public static Term Round(Term operand) => Rounding(operand, "ROUND", RoundHalfUp, RoundHalfUp);

    // Integral values return as they are: adding 0.5 to a value near decimal's limit would overflow.
    public static decimal RoundHalfUp(decimal value) => decimal.Truncate(value) == value ? value : Math.Floor(value + 0.5m);

    public static double RoundHalfUp(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value;
        }
        // Math.Floor(value + 0.5) is wrong for 0.49999999999999994, where the addition itself rounds up.
        double floor = Math.Floor(value);
        double rounded = value - floor >= 0.5 ? floor + 1 : floor;
        return rounded == 0 && (double.IsNegative(value)) ? -0.0 : rounded;
    }

    private static Term Rounding(Term operand, string name, Func<decimal, decimal> exact, Func<double, double> approximate)
    {
        Numeric n = TermValues.RequireNumeric(operand, name);
        return n.Kind switch
        {
            ValueKind.Integer => Literals.Integer(n.Exact),
            ValueKind.Decimal => Literal.Typed(XsdCanonical.DecimalIntegralShort(exact(n.Exact)), XsdTypes.Decimal),
            ValueKind.Float => Literals.Float(approximate(n.Approximate)),
            _ => Literals.Double(approximate(n.Approximate)),
        };
    }

    private static Term Binary(Term left, Term right, char op)
    {
        string name = op switch { '+' => "+", '-' => "-", '*' => "*", _ => "/" };
        Numeric x = TermValues.RequireNumeric(left, name);
        Numeric y = TermValues.RequireNumeric(right, name);
        ValueKind kind = Numeric.Common(x.Kind, y.Kind);
        if (kind is ValueKind.Integer or ValueKind.Decimal)
        {
            decimal a = x.Exact;
            decimal b = y.Exact;
            if (op == '/' && b == 0)
            {
                throw Errors.Of("/", "division by zero");
            }
            decimal result;
            try
            {
                result = op switch
                {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    _ => a / b,
                };
            }
            catch (OverflowException)
            {
                throw Errors.Of(name, "the result is outside the supported range of xsd:decimal");
            }
            // Integer division is the one operation on integers whose result is a decimal.
            return kind == ValueKind.Integer && op != '/' ? Literals.Integer(result) : Literals.Decimal(result);
        }
        double p = x.AsDouble();
        double q = y.AsDouble();
        double r = op switch
        {
            '+' => p + q,
            '-' => p - q,
            '*' => p * q,
            _ => p / q,
        };
        return kind == ValueKind.Float ? Literals.Float(r) : Literals.Double(r);
    }
}
