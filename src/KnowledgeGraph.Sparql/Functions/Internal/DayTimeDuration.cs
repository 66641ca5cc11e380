using System.Globalization;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>
/// The value of an <c>xsd:dayTimeDuration</c> (<c>-?P(nD)?(T(nH)?(nM)?(n(.n)?S)?)?</c>) as a number of seconds, so that
/// durations such as <c>PT1H</c> and <c>PT60M</c> compare equal, as TIMEZONE results must.
/// </summary>
internal static class DayTimeDuration
{
    public static bool TryParse(string s, out decimal seconds)
    {
        seconds = 0;
        int i = 0;
        bool negative = s.StartsWith('-');
        if (negative)
        {
            i++;
        }
        if (i >= s.Length || s[i] != 'P')
        {
            return false;
        }
        i++;
        bool any = false;
        bool inTime = false;
        int lastUnit = -1;
        while (i < s.Length)
        {
            if (s[i] == 'T')
            {
                if (inTime || i + 1 == s.Length)
                {
                    return false;
                }
                inTime = true;
                i++;
                continue;
            }
            int start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }
            if (i == start || i == s.Length)
            {
                return false;
            }
            if (!decimal.TryParse(s.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal n))
            {
                return false;
            }
            bool fraction = s.AsSpan(start, i - start).Contains('.');
            (int unit, decimal factor) = (s[i], inTime) switch
            {
                ('D', false) => (0, 86400m),
                ('H', true) => (1, 3600m),
                ('M', true) => (2, 60m),
                ('S', true) => (3, 1m),
                _ => (-1, 0m),
            };
            if (unit <= lastUnit || (fraction && unit != 3))
            {
                return false;
            }
            lastUnit = unit;
            seconds += n * factor;
            any = true;
            i++;
        }
        if (!any)
        {
            return false;
        }
        seconds = negative ? -seconds : seconds;
        return true;
    }
}
