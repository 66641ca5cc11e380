using System.Globalization;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>
/// Parsers for the lexical spaces of the XSD numeric and boolean types
/// (<see href="https://www.w3.org/TR/xmlschema11-2/#built-in-datatypes"/>). They reject anything outside the
/// lexical space (no surrounding whitespace, no culture-specific forms), because such literals are ill-typed.
/// </summary>
internal static class XsdLexical
{
    /// <summary>Parses <c>[+-]?[0-9]+</c>.</summary>
    public static bool TryParseInteger(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        int i = s.Length > 0 && (s[0] == '+' || s[0] == '-') ? 1 : 0;
        if (i == s.Length)
        {
            return false;
        }
        for (int j = i; j < s.Length; j++)
        {
            if (!char.IsAsciiDigit(s[j]))
            {
                return false;
            }
        }
        // The library parser is slow for this hot path (FILTERs compare numbers millions of times); up to 18 digits fit a long.
        if (s.Length - i <= 18)
        {
            long magnitude = 0;
            for (int j = i; j < s.Length; j++)
            {
                magnitude = magnitude * 10 + (s[j] - '0');
            }
            value = s[0] == '-' ? -magnitude : magnitude;
            return true;
        }
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses <c>[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)</c>.</summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        if (!IsDecimalShape(s, out int digits))
        {
            return false;
        }
        if (digits <= 18)
        {
            long mantissa = 0;
            int scale = 0;
            bool fraction = false;
            foreach (char c in s)
            {
                if (c == '.')
                {
                    fraction = true;
                }
                else if (char.IsAsciiDigit(c))
                {
                    mantissa = mantissa * 10 + (c - '0');
                    scale += fraction ? 1 : 0;
                }
            }
            value = new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, s[0] == '-', (byte)scale);
            return true;
        }
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }
        return true;
    }

    /// <summary>Parses the lexical space of <c>xsd:double</c> (also used for <c>xsd:float</c>): decimals with an optional exponent, <c>INF</c>, <c>+INF</c>, <c>-INF</c>, <c>NaN</c>.</summary>
    public static bool TryParseDouble(ReadOnlySpan<char> s, out double value)
    {
        switch (s)
        {
            case "INF" or "+INF":
                value = double.PositiveInfinity;
                return true;
            case "-INF":
                value = double.NegativeInfinity;
                return true;
            case "NaN":
                value = double.NaN;
                return true;
        }
        value = 0;
        int e = s.IndexOfAny('e', 'E');
        ReadOnlySpan<char> mantissa = e < 0 ? s : s[..e];
        if (!IsDecimalShape(mantissa, out _))
        {
            return false;
        }
        if (e >= 0)
        {
            ReadOnlySpan<char> exponent = s[(e + 1)..];
            int i = exponent.Length > 0 && (exponent[0] == '+' || exponent[0] == '-') ? 1 : 0;
            if (i == exponent.Length)
            {
                return false;
            }
            for (; i < exponent.Length; i++)
            {
                if (!char.IsAsciiDigit(exponent[i]))
                {
                    return false;
                }
            }
        }
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses <c>true</c>, <c>false</c>, <c>1</c>, <c>0</c>.</summary>
    public static bool TryParseBoolean(ReadOnlySpan<char> s, out bool value)
    {
        switch (s)
        {
            case "true" or "1":
                value = true;
                return true;
            case "false" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    private static bool IsDecimalShape(ReadOnlySpan<char> s, out int digits)
    {
        digits = 0;
        int i = s.Length > 0 && (s[0] == '+' || s[0] == '-') ? 1 : 0;
        bool point = false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '.' && !point)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }
        return digits > 0;
    }
}
