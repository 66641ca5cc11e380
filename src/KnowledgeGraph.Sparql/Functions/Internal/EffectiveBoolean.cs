using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>The effective boolean value of SPARQL 1.1 section 17.2.2.</summary>
internal static class EffectiveBoolean
{
    /// <summary>
    /// Booleans are their value, strings (simple, <c>xsd:string</c> and language-tagged) are true when non-empty,
    /// numbers are true unless zero or NaN; booleans and numbers with an invalid lexical form are false, as the
    /// specification says. Everything else (IRIs, blank nodes, other datatypes) is a type error.
    /// </summary>
    public static bool Of(Term term)
    {
        if (term is not Literal literal)
        {
            throw Errors.Type("effective boolean value", "a literal", term);
        }
        ValueKind kind = XsdTypes.KindOf(literal);
        switch (kind)
        {
            case ValueKind.Boolean:
                return XsdLexical.TryParseBoolean(literal.LexicalForm, out bool value) && value;
            case ValueKind.String:
            case ValueKind.LangString:
                return literal.LexicalForm.Length > 0;
            case ValueKind.Integer:
            case ValueKind.Decimal:
            case ValueKind.Float:
            case ValueKind.Double:
                return TermValues.TryGetNumeric(literal, kind, out Numeric number) && !number.IsZeroOrNaN;
            default:
                throw Errors.Type("effective boolean value", "a boolean, string or numeric literal", term);
        }
    }
}
