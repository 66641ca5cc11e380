using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>Makes result literals in canonical form.</summary>
internal static class Literals
{
    public static readonly Literal True = Literal.Typed("true", XsdTypes.Boolean);
    public static readonly Literal False = Literal.Typed("false", XsdTypes.Boolean);
    public static readonly Literal EmptyString = Literal.Simple("");

    public static Literal Boolean(bool value) => value ? True : False;

    public static Literal Integer(decimal value) => Literal.Typed(XsdCanonical.Integer(value), XsdTypes.Integer);

    public static Literal Decimal(decimal value) => Literal.Typed(XsdCanonical.Decimal(value), XsdTypes.Decimal);

    public static Literal Double(double value) => Literal.Typed(XsdCanonical.Double(value), XsdTypes.Double);

    public static Literal Float(double value) => Literal.Typed(XsdCanonical.Float(value), XsdTypes.Float);

    public static Literal String(string value) => value.Length == 0 ? EmptyString : Literal.Simple(value);

    /// <summary>A numeric result in the canonical form of its kind.</summary>
    public static Literal Numeric(in Numeric value) => value.Kind switch
    {
        ValueKind.Integer => Integer(value.Exact),
        ValueKind.Decimal => Decimal(value.Exact),
        ValueKind.Float => Float(value.Approximate),
        _ => Double(value.Approximate),
    };

    /// <summary>A string result carrying the language tag or datatype of the argument it was derived from.</summary>
    public static Literal LikeArgument(string value, Literal argument) =>
        argument.HasLanguage ? Literal.LanguageTagged(value, argument.Language, argument.Direction) : String(value);
}
