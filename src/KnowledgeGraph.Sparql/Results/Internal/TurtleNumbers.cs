using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>
/// The Turtle shorthand for numbers and booleans that TSV results may use: <c>4</c> is <c>"4"^^xsd:integer</c>,
/// <c>5.5</c> an <c>xsd:decimal</c>, <c>1.0e6</c> an <c>xsd:double</c>, <c>true</c> an <c>xsd:boolean</c>.
/// </summary>
internal static class TurtleNumbers
{
    /// <summary>The datatype the bare token stands for, or null when it is not Turtle shorthand.</summary>
    public static Iri? DatatypeOf(ReadOnlySpan<char> token)
    {
        if (token is "true" or "false")
        {
            return Xsd.Boolean;
        }
        int i = 0;
        if (i < token.Length && token[i] is '+' or '-')
        {
            i++;
        }
        int integerDigits = Digits(token, ref i);
        int fractionDigits = -1;
        if (i < token.Length && token[i] == '.')
        {
            i++;
            fractionDigits = Digits(token, ref i);
        }
        if (i == token.Length)
        {
            if (fractionDigits < 0)
            {
                return integerDigits > 0 ? Xsd.Integer : null;
            }
            return fractionDigits > 0 ? Xsd.Decimal : null;
        }
        if (token[i] is not ('e' or 'E') || (integerDigits == 0 && fractionDigits <= 0))
        {
            return null;
        }
        i++;
        if (i < token.Length && token[i] is '+' or '-')
        {
            i++;
        }
        return Digits(token, ref i) > 0 && i == token.Length ? Xsd.Double : null;
    }

    /// <summary>Whether a literal can be written as bare Turtle shorthand and read back unchanged.</summary>
    public static bool CanAbbreviate(Literal literal) =>
        !literal.HasLanguage && DatatypeOf(literal.LexicalForm) is Iri datatype && datatype.Equals(literal.Datatype);

    private static int Digits(ReadOnlySpan<char> token, ref int i)
    {
        int start = i;
        while (i < token.Length && char.IsAsciiDigit(token[i]))
        {
            i++;
        }
        return i - start;
    }
}
