using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>
/// Canonical lexical forms for computed values (XSD 1.0 canonical representations: decimals keep one fractional
/// digit, <c>2.0</c>; doubles are <c>1.0E1</c>), and the XPath <c>xs:string</c> casts of numbers (<c>2</c>, <c>1.0E7</c>).
/// </summary>
internal static class XsdCanonical
{
    /// <summary>An integer without sign for positives and without leading zeros.</summary>
    public static string Integer(decimal value) => decimal.Truncate(value).ToString("0", CultureInfo.InvariantCulture);

    /// <summary>A decimal with at least one digit each side of the point and no superfluous zeros (<c>2.0</c>, <c>0.5</c>).</summary>
    public static string Decimal(decimal value)
    {
        string s = TrimFraction(value);
        return s.Contains('.', StringComparison.Ordinal) ? s : s + ".0";
    }

    /// <summary>A decimal as XPath casts it to a string: integral values without a point (<c>2</c>, <c>2.5</c>).</summary>
    public static string DecimalAsString(decimal value) => TrimFraction(value);

    /// <summary>A decimal whose value is integral written without a fractional part, as ROUND/CEIL/FLOOR/SECONDS results are in the W3C tests.</summary>
    public static string DecimalIntegralShort(decimal value) => TrimFraction(value);

    /// <summary>The canonical form of a double: <c>1.0E1</c>, <c>-1.5E-7</c>, <c>INF</c>, <c>NaN</c>.</summary>
    public static string Double(double value) => Scientific(value, value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>The canonical form of a float (shortest digits that round-trip at single precision).</summary>
    public static string Float(double value) => Scientific(value, ((float)value).ToString("R", CultureInfo.InvariantCulture));

    /// <summary>A double or float cast to <c>xs:string</c> (XPath 2.0 section 17.1.2): plain notation within [1e-6, 1e6), scientific outside.</summary>
    public static string ApproximateAsString(double value, bool isFloat)
    {
        string shortest = isFloat
            ? ((float)value).ToString("R", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
        double magnitude = Math.Abs(value);
        if (value == 0)
        {
            return double.IsNegative(value) ? "-0" : "0";
        }
        if (magnitude >= 1e-6 && magnitude < 1e6)
        {
            Decompose(shortest, out bool negative, out string digits, out int exponent);
            return Plain(negative, digits, exponent);
        }
        return Scientific(value, shortest);
    }

    private static string TrimFraction(decimal value)
    {
        string s = value.ToString(CultureInfo.InvariantCulture);
        if (s.Contains('.', StringComparison.Ordinal))
        {
            s = s.TrimEnd('0').TrimEnd('.');
        }
        return s is "-0" ? "0" : s;
    }

    private static string Scientific(double value, string shortest)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "INF" : "-INF";
        }
        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0E0" : "0.0E0";
        }
        Decompose(shortest, out bool negative, out string digits, out int exponent);
        var sb = new StringBuilder(digits.Length + 8);
        if (negative)
        {
            sb.Append('-');
        }
        sb.Append(digits[0]).Append('.');
        sb.Append(digits.Length > 1 ? digits.AsSpan(1) : "0");
        sb.Append('E').Append(exponent.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>
    /// Splits .NET's shortest round-trip text into significant digits (no leading or trailing zeros) and the decimal
    /// exponent of the first digit, so value = 0.d1d2... × 10^(exponent+1).
    /// </summary>
    private static void Decompose(string text, out bool negative, out string digits, out int exponent)
    {
        negative = text.StartsWith('-');
        ReadOnlySpan<char> s = negative ? text.AsSpan(1) : text.AsSpan();
        int e = s.IndexOfAny('e', 'E');
        int explicitExponent = 0;
        if (e >= 0)
        {
            explicitExponent = int.Parse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            s = s[..e];
        }
        int point = s.IndexOf('.');
        string all = point < 0 ? s.ToString() : string.Concat(s[..point], s[(point + 1)..]);
        int pointPosition = point < 0 ? s.Length : point;
        int leading = 0;
        while (leading < all.Length - 1 && all[leading] == '0')
        {
            leading++;
        }
        all = all[leading..].TrimEnd('0');
        if (all.Length == 0)
        {
            all = "0";
        }
        digits = all;
        exponent = explicitExponent + pointPosition - leading - 1;
    }

    private static string Plain(bool negative, string digits, int exponent)
    {
        var sb = new StringBuilder(digits.Length + 10);
        if (negative)
        {
            sb.Append('-');
        }
        if (exponent < 0)
        {
            sb.Append("0.").Append('0', -exponent - 1).Append(digits);
        }
        else if (exponent + 1 >= digits.Length)
        {
            sb.Append(digits).Append('0', exponent + 1 - digits.Length);
        }
        else
        {
            sb.Append(digits.AsSpan(0, exponent + 1)).Append('.').Append(digits.AsSpan(exponent + 1));
        }
        return sb.ToString();
    }
}
