using System.Globalization;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Tests.Functions;

/// <summary>
/// Reads terms written as in Turtle/SPARQL so that theories stay readable: <c>&lt;http://x&gt;</c>, <c>_:b</c>,
/// <c>"a"</c>, <c>"a"@en</c>, <c>"1"^^xsd:integer</c>, <c>"x"^^&lt;http://t&gt;</c>, <c>1</c>, <c>1.5</c>, <c>1e0</c>,
/// <c>true</c>.
/// </summary>
internal static class TermNotation
{
    public static Term Parse(string text)
    {
        if (text.StartsWith('<') && text.EndsWith('>'))
        {
            return new Iri(text[1..^1]);
        }
        if (text.StartsWith("_:", StringComparison.Ordinal))
        {
            return new BlankNode(text[2..]);
        }
        if (text is "true" or "false")
        {
            return Literal.Typed(text, Xsd.Boolean);
        }
        if (text.StartsWith('"'))
        {
            int close = text.LastIndexOf('"');
            string lexical = text[1..close];
            string rest = text[(close + 1)..];
            if (rest.Length == 0)
            {
                return Literal.Simple(lexical);
            }
            if (rest.StartsWith('@'))
            {
                return Literal.LanguageTagged(lexical, rest[1..]);
            }
            string datatype = rest[2..];
            return Literal.Typed(lexical, datatype.StartsWith('<')
                ? new Iri(datatype[1..^1])
                : new Iri(datatype.Replace("xsd:", Xsd.Namespace, StringComparison.Ordinal).Replace("rdf:", RdfVocab.Namespace, StringComparison.Ordinal)));
        }
        if (text.Contains('e', StringComparison.OrdinalIgnoreCase))
        {
            return Literal.Typed(text, Xsd.Double);
        }
        if (text.Contains('.', StringComparison.Ordinal))
        {
            return Literal.Typed(text, Xsd.Decimal);
        }
        _ = decimal.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return Literal.Typed(text, Xsd.Integer);
    }
}
