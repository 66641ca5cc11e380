using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>
/// The functions on dates and times of SPARQL 1.1 section 17.4.5. They return the components as written, without
/// normalising to UTC (as XPath's <c>fn:hours-from-dateTime</c> and friends do). YEAR, MONTH, DAY, TIMEZONE and TZ
/// also accept <c>xsd:date</c>, and HOURS, MINUTES, SECONDS also <c>xsd:time</c>, as XPath has functions for those.
/// </summary>
internal static class DateTimeFunctions
{
    public static Term Year(Term arg) => Literals.Integer(TermValues.RequireTemporal(arg, "YEAR", allowDate: true, allowTime: false).Year);

    public static Term Month(Term arg) => Literals.Integer(TermValues.RequireTemporal(arg, "MONTH", allowDate: true, allowTime: false).Month);

    public static Term Day(Term arg) => Literals.Integer(TermValues.RequireTemporal(arg, "DAY", allowDate: true, allowTime: false).Day);

    public static Term Hours(Term arg) => Literals.Integer(TermValues.RequireTemporal(arg, "HOURS", allowDate: false, allowTime: true).Hour);

    public static Term Minutes(Term arg) => Literals.Integer(TermValues.RequireTemporal(arg, "MINUTES", allowDate: false, allowTime: true).Minute);

    /// <summary>The seconds as an <c>xsd:decimal</c>, written without a fractional part when whole (as the W3C tests expect).</summary>
    public static Term Seconds(Term arg) =>
        Literal.Typed(XsdCanonical.DecimalIntegralShort(TermValues.RequireTemporal(arg, "SECONDS", allowDate: false, allowTime: true).Second), XsdTypes.Decimal);

    /// <summary>The timezone as an <c>xsd:dayTimeDuration</c> (<c>PT0S</c>, <c>-PT8H</c>, <c>PT5H30M</c>); an error without one.</summary>
    public static Term Timezone(Term arg)
    {
        TemporalValue value = TermValues.RequireTemporal(arg, "TIMEZONE", allowDate: true, allowTime: true);
        if (value.TimezoneMinutes is not { } minutes)
        {
            throw Errors.Of("TIMEZONE", $"{arg} has no timezone");
        }
        if (minutes == 0)
        {
            return Literal.Typed("PT0S", XsdTypes.DayTimeDuration);
        }
        var sb = new StringBuilder(10);
        if (minutes < 0)
        {
            sb.Append('-');
        }
        int magnitude = Math.Abs(minutes);
        sb.Append("PT");
        if (magnitude / 60 > 0)
        {
            sb.Append((magnitude / 60).ToString(CultureInfo.InvariantCulture)).Append('H');
        }
        if (magnitude % 60 > 0)
        {
            sb.Append((magnitude % 60).ToString(CultureInfo.InvariantCulture)).Append('M');
        }
        return Literal.Typed(sb.ToString(), XsdTypes.DayTimeDuration);
    }

    /// <summary>The timezone as written (<c>Z</c>, <c>-08:00</c>), or the empty string when there is none.</summary>
    public static Term Tz(Term arg)
    {
        TemporalValue value = TermValues.RequireTemporal(arg, "TZ", allowDate: true, allowTime: true);
        if (value.TimezoneMinutes is not { } minutes)
        {
            return Literals.EmptyString;
        }
        if (minutes == 0)
        {
            // Both "Z" and "+00:00" denote UTC; TZ reports how the literal wrote it.
            string lexical = ((Literal)arg).LexicalForm;
            return Literals.String(lexical.EndsWith('Z') ? "Z" : lexical[^6..]);
        }
        int magnitude = Math.Abs(minutes);
        return Literals.String(string.Create(CultureInfo.InvariantCulture, $"{(minutes < 0 ? '-' : '+')}{magnitude / 60:00}:{magnitude % 60:00}"));
    }

    public static Term Now(FunctionContext context) => Literal.Typed(TemporalValue.Format(context.Now), XsdTypes.DateTime);
}
