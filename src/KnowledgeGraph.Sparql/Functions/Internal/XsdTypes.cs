using System.Collections.Frozen;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>
/// The XSD datatypes the library interprets: their IRIs (built once, because <see cref="Iri"/> validates on
/// construction), the value space each belongs to, and the bounds of the types derived from <c>xsd:integer</c>.
/// </summary>
internal static class XsdTypes
{
    public static readonly Iri String = Xsd.String;
    public static readonly Iri Boolean = Xsd.Boolean;
    public static readonly Iri Integer = Xsd.Integer;
    public static readonly Iri Decimal = Xsd.Decimal;
    public static readonly Iri Float = Xsd.Float;
    public static readonly Iri Double = Xsd.Double;
    public static readonly Iri DateTime = Xsd.DateTime;
    public static readonly Iri Date = Xsd.Date;
    public static readonly Iri Time = new(Xsd.Namespace + "time");
    public static readonly Iri DayTimeDuration = new(Xsd.Namespace + "dayTimeDuration");
    public static readonly Iri DateTimeStamp = new(Xsd.Namespace + "dateTimeStamp");

    /// <summary>Lower and upper bounds (inclusive, null for none) of each integer type, by local name.</summary>
    private static readonly (string Name, decimal? Min, decimal? Max)[] IntegerTypes =
    [
        ("integer", null, null),
        ("nonPositiveInteger", null, 0m),
        ("negativeInteger", null, -1m),
        ("long", long.MinValue, long.MaxValue),
        ("int", int.MinValue, int.MaxValue),
        ("short", short.MinValue, short.MaxValue),
        ("byte", sbyte.MinValue, sbyte.MaxValue),
        ("nonNegativeInteger", 0m, null),
        ("unsignedLong", 0m, ulong.MaxValue),
        ("unsignedInt", 0m, uint.MaxValue),
        ("unsignedShort", 0m, ushort.MaxValue),
        ("unsignedByte", 0m, byte.MaxValue),
        ("positiveInteger", 1m, null),
    ];

    private static readonly FrozenDictionary<string, ValueKind> Kinds = BuildKinds();

    private static readonly FrozenDictionary<string, (decimal? Min, decimal? Max)> IntegerBounds =
        IntegerTypes.ToFrozenDictionary(t => Xsd.Namespace + t.Name, t => (t.Min, t.Max), StringComparer.Ordinal);

    /// <summary>The IRIs of the integer types, for registering their casts.</summary>
    public static IEnumerable<string> IntegerTypeIris => IntegerTypes.Select(t => Xsd.Namespace + t.Name);

    /// <summary>The value space of a datatype.</summary>
    public static ValueKind KindOf(Iri datatype)
    {
        // Reference checks first: most literals share the vocabulary's instances, and they skip hashing.
        if (ReferenceEquals(datatype, Xsd.String))
        {
            return ValueKind.String;
        }
        if (ReferenceEquals(datatype, Xsd.Integer))
        {
            return ValueKind.Integer;
        }
        return Kinds.TryGetValue(datatype.Value, out ValueKind kind) ? kind : ValueKind.Unknown;
    }

    /// <summary>The value space of a literal.</summary>
    public static ValueKind KindOf(Literal literal) => KindOf(literal.Datatype);

    /// <summary>Whether the kind is one of the four numeric kinds.</summary>
    public static bool IsNumeric(ValueKind kind) => kind is ValueKind.Integer or ValueKind.Decimal or ValueKind.Float or ValueKind.Double;

    /// <summary>Whether an integer value lies within the bounds of the given integer type.</summary>
    public static bool IsInRange(string integerTypeIri, decimal value)
    {
        if (!IntegerBounds.TryGetValue(integerTypeIri, out var bounds))
        {
            return true;
        }
        return (bounds.Min is not { } min || value >= min) && (bounds.Max is not { } max || value <= max);
    }

    private static FrozenDictionary<string, ValueKind> BuildKinds()
    {
        var kinds = new Dictionary<string, ValueKind>(StringComparer.Ordinal)
        {
            [Xsd.String.Value] = ValueKind.String,
            [RdfVocab.LangString.Value] = ValueKind.LangString,
            [RdfVocab.DirLangString.Value] = ValueKind.LangString,
            [Xsd.Boolean.Value] = ValueKind.Boolean,
            [Xsd.Decimal.Value] = ValueKind.Decimal,
            [Xsd.Float.Value] = ValueKind.Float,
            [Xsd.Double.Value] = ValueKind.Double,
            [Xsd.DateTime.Value] = ValueKind.DateTime,
            [DateTimeStamp.Value] = ValueKind.DateTime,
            [Xsd.Date.Value] = ValueKind.Date,
            [Time.Value] = ValueKind.Time,
            [DayTimeDuration.Value] = ValueKind.DayTimeDuration,
        };
        foreach (var type in IntegerTypes)
        {
            kinds[Xsd.Namespace + type.Name] = ValueKind.Integer;
        }
        return kinds.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
