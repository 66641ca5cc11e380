namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>
/// A numeric value with its place in the promotion order integer → decimal → float → double. Integers and decimals
/// are held as <see cref="decimal"/> (28 significant digits; beyond that operations raise an expression error), floats
/// and doubles as <see cref="double"/> (floats rounded to single precision after every operation).
/// </summary>
internal readonly struct Numeric
{
    private Numeric(ValueKind kind, decimal exact, double approximate)
    {
        Kind = kind;
        Exact = exact;
        Approximate = approximate;
    }

    /// <summary><see cref="ValueKind.Integer"/>, <see cref="ValueKind.Decimal"/>, <see cref="ValueKind.Float"/> or <see cref="ValueKind.Double"/>.</summary>
    public ValueKind Kind { get; }

    /// <summary>The value of an integer or decimal.</summary>
    public decimal Exact { get; }

    /// <summary>The value of a float or double.</summary>
    public double Approximate { get; }

    /// <summary>Whether the value is held exactly (integer or decimal).</summary>
    public bool IsExact => Kind is ValueKind.Integer or ValueKind.Decimal;

    public static Numeric FromInteger(decimal value) => new(ValueKind.Integer, value, 0);

    public static Numeric FromDecimal(decimal value) => new(ValueKind.Decimal, value, 0);

    public static Numeric FromFloat(double value) => new(ValueKind.Float, 0, (float)value);

    public static Numeric FromDouble(double value) => new(ValueKind.Double, 0, value);

    /// <summary>The value as a double, whatever the kind.</summary>
    // The decimal is normalised first (trailing zeros dropped) because decimal-to-double conversion rounds the scaled
    // mantissa: 2.50 and 2.5 must give the same double, or equal values could compare unequal against a double.
    public double AsDouble() => IsExact ? (double)(Exact / 1.000000000000000000000000000000000m) : Approximate;

    /// <summary>The wider of two numeric kinds (the enum lists them in promotion order).</summary>
    public static ValueKind Common(ValueKind a, ValueKind b) => a >= b ? a : b;

    /// <summary>Whether the value is zero or NaN (false for effective boolean value and boolean casts).</summary>
    public bool IsZeroOrNaN => IsExact ? Exact == 0 : Approximate == 0 || double.IsNaN(Approximate);
}
