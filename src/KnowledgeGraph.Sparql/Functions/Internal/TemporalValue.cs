using System.Globalization;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>
/// The value of an <c>xsd:dateTime</c>, <c>xsd:date</c> or <c>xsd:time</c> literal: its written components (which the
/// accessor functions return unchanged) and an optional timezone offset in minutes. Comparison follows XSD 1.1
/// (<see href="https://www.w3.org/TR/xmlschema11-2/#dateTime"/>): values with and without a timezone compare only when
/// the 14-hour window of possible offsets does not make the answer indeterminate.
/// </summary>
internal readonly record struct TemporalValue(
    ValueKind Kind, long Year, int Month, int Day, int Hour, int Minute, decimal Second, int? TimezoneMinutes)
{
    private const int MaxOffsetMinutes = 14 * 60;

    /// <summary>The instant as seconds from 1970-01-01T00:00:00Z (local time when there is no timezone).</summary>
    public decimal Seconds
    {
        get
        {
            decimal local = (decimal)DaysFromCivil(Year, Month, Day) * 86400m + Hour * 3600 + Minute * 60 + Second;
            return local - (TimezoneMinutes ?? 0) * 60;
        }
    }

    /// <summary>Compares two values of the same kind: negative, zero, positive, or null when indeterminate.</summary>
    public static int? Compare(in TemporalValue a, in TemporalValue b)
    {
        decimal x = a.Seconds;
        decimal y = b.Seconds;
        if (a.TimezoneMinutes.HasValue == b.TimezoneMinutes.HasValue)
        {
            return x.CompareTo(y);
        }
        // The value without a timezone could be any instant within 14 hours of its local time.
        const decimal window = MaxOffsetMinutes * 60m;
        if (a.TimezoneMinutes.HasValue)
        {
            return x < y - window ? -1 : x > y + window ? 1 : null;
        }
        return x + window < y ? -1 : x - window > y ? 1 : null;
    }

    /// <summary>Parses a literal of the given temporal kind.</summary>
    public static bool TryParse(string s, ValueKind kind, out TemporalValue value)
    {
        value = default;
        int i = 0;
        long year = 1972;
        int month = 12;
        int day = 31;
        if (kind is ValueKind.DateTime or ValueKind.Date)
        {
            bool negative = s.StartsWith('-');
            i = negative ? 1 : 0;
            int start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }
            int yearDigits = i - start;
            if (yearDigits < 4 || yearDigits > 12 || (yearDigits > 4 && s[start] == '0'))
            {
                return false;
            }
            year = long.Parse(s.AsSpan(start, yearDigits), CultureInfo.InvariantCulture) * (negative ? -1 : 1);
            if (!Expect(s, ref i, '-') || !TwoDigits(s, ref i, out month) || !Expect(s, ref i, '-') || !TwoDigits(s, ref i, out day))
            {
                return false;
            }
            if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month))
            {
                return false;
            }
            if (kind == ValueKind.DateTime && !Expect(s, ref i, 'T'))
            {
                return false;
            }
        }
        int hour = 0;
        int minute = 0;
        decimal second = 0;
        if (kind is ValueKind.DateTime or ValueKind.Time)
        {
            if (!TwoDigits(s, ref i, out hour) || !Expect(s, ref i, ':') || !TwoDigits(s, ref i, out minute) || !Expect(s, ref i, ':'))
            {
                return false;
            }
            int start = i;
            if (!TwoDigits(s, ref i, out _))
            {
                return false;
            }
            if (i < s.Length && s[i] == '.')
            {
                i++;
                int fraction = i;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    i++;
                }
                if (i == fraction)
                {
                    return false;
                }
            }
            second = decimal.Parse(s.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            bool endOfDay = hour == 24 && minute == 0 && second == 0;
            if ((hour > 23 && !endOfDay) || minute > 59 || second >= 60)
            {
                return false;
            }
        }
        int? timezone = null;
        if (i < s.Length)
        {
            if (s[i] == 'Z' && i + 1 == s.Length)
            {
                timezone = 0;
            }
            else if ((s[i] == '+' || s[i] == '-') && i + 6 == s.Length)
            {
                int sign = s[i] == '-' ? -1 : 1;
                int j = i + 1;
                if (!TwoDigits(s, ref j, out int tzHour) || !Expect(s, ref j, ':') || !TwoDigits(s, ref j, out int tzMinute))
                {
                    return false;
                }
                int offset = tzHour * 60 + tzMinute;
                if (tzMinute > 59 || offset > MaxOffsetMinutes)
                {
                    return false;
                }
                timezone = sign * offset;
            }
            else
            {
                return false;
            }
        }
        value = new TemporalValue(kind, year, month, day, hour, minute, second, timezone);
        return true;
    }

    /// <summary>The canonical-style lexical form of an instant with a known offset, as <c>NOW()</c> returns it.</summary>
    public static string Format(DateTimeOffset instant)
    {
        string text = instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
        TimeSpan offset = instant.Offset;
        if (offset == TimeSpan.Zero)
        {
            return text + "Z";
        }
        string sign = offset < TimeSpan.Zero ? "-" : "+";
        return text + sign + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }

    private static bool Expect(string s, ref int i, char c)
    {
        if (i < s.Length && s[i] == c)
        {
            i++;
            return true;
        }
        return false;
    }

    private static bool TwoDigits(string s, ref int i, out int value)
    {
        value = 0;
        if (i + 2 > s.Length || !char.IsAsciiDigit(s[i]) || !char.IsAsciiDigit(s[i + 1]))
        {
            return false;
        }
        value = (s[i] - '0') * 10 + (s[i + 1] - '0');
        i += 2;
        return true;
    }

    private static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeap(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    // XSD 1.1 counts year 0000 as 1 BCE, so the proleptic Gregorian rule applies to every year number.
    private static bool IsLeap(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    // Days since 1970-01-01 in the proleptic Gregorian calendar (the well-known era/day-of-era decomposition).
    private static long DaysFromCivil(long year, int month, int day)
    {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yearOfEra = y - era * 400;
        long dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }
}
