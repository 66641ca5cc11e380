namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>
/// The built-in calls of SPARQL 1.1 section 17.4 whose arguments are plain expressions: keyword, least and most
/// argument count (-1 for any). BOUND, IF, COALESCE, EXISTS, REGEX and the aggregates have their own rules.
/// </summary>
internal static class BuiltInCatalog
{
    private static readonly Dictionary<string, (int Min, int Max)> Arities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["STR"] = (1, 1), ["LANG"] = (1, 1), ["LANGMATCHES"] = (2, 2), ["DATATYPE"] = (1, 1),
        ["IRI"] = (1, 1), ["URI"] = (1, 1), ["BNODE"] = (0, 1), ["RAND"] = (0, 0), ["ABS"] = (1, 1), ["CEIL"] = (1, 1),
        ["FLOOR"] = (1, 1), ["ROUND"] = (1, 1), ["CONCAT"] = (0, -1), ["SUBSTR"] = (2, 3), ["STRLEN"] = (1, 1),
        ["REPLACE"] = (3, 4), ["UCASE"] = (1, 1), ["LCASE"] = (1, 1), ["ENCODE_FOR_URI"] = (1, 1), ["CONTAINS"] = (2, 2),
        ["STRSTARTS"] = (2, 2), ["STRENDS"] = (2, 2), ["STRBEFORE"] = (2, 2), ["STRAFTER"] = (2, 2), ["YEAR"] = (1, 1),
        ["MONTH"] = (1, 1), ["DAY"] = (1, 1), ["HOURS"] = (1, 1), ["MINUTES"] = (1, 1), ["SECONDS"] = (1, 1),
        ["TIMEZONE"] = (1, 1), ["TZ"] = (1, 1), ["NOW"] = (0, 0), ["UUID"] = (0, 0), ["STRUUID"] = (0, 0), ["MD5"] = (1, 1),
        ["SHA1"] = (1, 1), ["SHA256"] = (1, 1), ["SHA384"] = (1, 1), ["SHA512"] = (1, 1), ["STRLANG"] = (2, 2),
        ["STRDT"] = (2, 2), ["SAMETERM"] = (2, 2), ["ISIRI"] = (1, 1), ["ISURI"] = (1, 1), ["ISBLANK"] = (1, 1),
        ["ISLITERAL"] = (1, 1), ["ISNUMERIC"] = (1, 1), ["REGEX"] = (2, 3),
    };

    private static readonly HashSet<string> Aggregates = new(StringComparer.OrdinalIgnoreCase)
    {
        "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT",
    };

    public static bool TryGetArity(string keyword, out (int Min, int Max) arity) => Arities.TryGetValue(keyword, out arity);

    public static bool IsAggregate(string keyword) => Aggregates.Contains(keyword);

    /// <summary>The name the AST uses: upper case, with the synonyms <c>URI</c> and <c>isURI</c> mapped to <c>IRI</c> and <c>ISIRI</c>.</summary>
    public static string CanonicalName(string keyword)
    {
        string upper = keyword.ToUpperInvariant();
        return upper switch
        {
            "URI" => "IRI",
            "ISURI" => "ISIRI",
            _ => upper,
        };
    }
}
