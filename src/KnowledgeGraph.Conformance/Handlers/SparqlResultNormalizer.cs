using System.Globalization;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Conformance.Handlers;

/// <summary>
/// Prepares result sets for comparison the way the SPARQL test suites intend. Numeric literals are compared by value
/// within their datatype: the expected files write values such as <c>"1050"^^xsd:double</c> or
/// <c>"3"^^xsd:decimal</c> in forms no canonical mapping yields, so an engine's own canonical form must not count as
/// a difference. The datatype still counts: <c>3</c> as integer and as decimal stay different. Under lax cardinality
/// (REDUCED tests) duplicates are dropped from both sides.
/// </summary>
internal static class SparqlResultNormalizer
{
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    private static readonly HashSet<string> DecimalTypes = new(StringComparer.Ordinal)
    {
        Xsd + "decimal", Xsd + "integer", Xsd + "int", Xsd + "long", Xsd + "short", Xsd + "byte",
        Xsd + "nonNegativeInteger", Xsd + "nonPositiveInteger", Xsd + "positiveInteger", Xsd + "negativeInteger",
        Xsd + "unsignedLong", Xsd + "unsignedInt", Xsd + "unsignedShort", Xsd + "unsignedByte",
    };

    /// <summary>The result set with numeric literals in one form per value, and without duplicates when lax.</summary>
    public static SparqlResultSet Normalize(SparqlResultSet results, bool lax)
    {
        if (results.IsBoolean)
        {
            return results;
        }
        IEnumerable<QuerySolution> rows = results.Solutions.Select(row =>
            new QuerySolution(results.Variables.Select(v => new KeyValuePair<string, Term?>(v, Normalize(row[v])))));
        if (lax)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            rows = rows.Where(row => seen.Add(string.Join("\u0001", results.Variables.Select(v => row[v]?.ToString() ?? ""))));
        }
        return SparqlResultSet.ForSelect(results.Variables, rows.ToList());
    }

    private static Term? Normalize(Term? term)
    {
        if (term is not Literal { Datatype: { } datatype } literal)
        {
            return term;
        }
        string lexical = literal.LexicalForm.Trim();
        if (DecimalTypes.Contains(datatype.Value)
            && decimal.TryParse(lexical, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal d))
        {
            return new Literal(d.ToString("0.############################", CultureInfo.InvariantCulture), datatype);
        }
        if (datatype.Value is Xsd + "double" or Xsd + "float"
            && double.TryParse(lexical, NumberStyles.Float, CultureInfo.InvariantCulture, out double x))
        {
            return new Literal(x.ToString("R", CultureInfo.InvariantCulture), datatype);
        }
        return term;
    }
}
