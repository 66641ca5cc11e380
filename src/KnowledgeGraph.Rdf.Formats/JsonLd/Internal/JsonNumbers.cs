using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Internal;

/// <summary>
/// Number text for JSON-LD: the ECMAScript form JSON output and JCS use, and the xsd:double canonical form toRdf uses
/// (§8.2 Object to RDF Conversion).
/// </summary>
internal static class JsonNumbers
{
    /// <summary>A number as ECMAScript's Number::toString writes it (also the JCS form, RFC 8785 §3.2.2.3).</summary>
    public static string Format(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            throw new InvalidOperationException("NaN and infinities are not JSON numbers.");
        }
        if (d == 0)
        {
            return "0";
        }
        // Shortest round-trip digits first, then laid out as ECMAScript does.
        string shortest = d.ToString("R", CultureInfo.InvariantCulture);
        (string digits, int exponent, bool negative) = Decompose(shortest);
        int n = exponent + 1; // position of the decimal point relative to the digits
        int k = digits.Length;
        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }
        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }
            sb.Append('e').Append(n - 1 >= 0 ? "+" : "-").Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>Splits a round-trip number string into significant digits, decimal exponent of the first digit, sign.</summary>
    public static (string Digits, int Exponent, bool Negative) Decompose(string text)
    {
        bool negative = text.StartsWith('-');
        if (negative)
        {
            text = text[1..];
        }
        int exponent = 0;
        int e = text.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        int dot = text.IndexOf('.');
        string intPart = dot < 0 ? text : text[..dot];
        string fracPart = dot < 0 ? "" : text[(dot + 1)..];
        string all = intPart + fracPart;
        int pointPosition = intPart.Length + exponent; // digits before the point
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0')
        {
            lead++;
        }
        all = all[lead..];
        pointPosition -= lead;
        all = all.TrimEnd('0');
        if (all.Length == 0)
        {
            all = "0";
        }
        return (all, pointPosition - 1, negative);
    }

    /// <summary>The xsd:double canonical form used by toRdf, e.g. <c>1.1E0</c>.</summary>
    public static string CanonicalDouble(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }
        if (double.IsInfinity(d))
        {
            return d > 0 ? "INF" : "-INF";
        }
        if (d == 0)
        {
            return double.IsNegative(d) ? "-0.0E0" : "0.0E0";
        }
        (string digits, int exponent, bool negative) = Decompose(d.ToString("R", CultureInfo.InvariantCulture));
        string mantissa = digits.Length == 1 ? digits + ".0" : digits[0] + "." + digits[1..];
        return (negative ? "-" : "") + mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }
}
