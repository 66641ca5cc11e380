namespace KnowledgeGraph.Rdf.Formats.JsonLd.Context;

/// <summary>The JSON-LD keywords and keyword-like checks (§1.7 Syntax Tokens and Keywords).</summary>
internal static class Keywords
{
    private static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit", "@graph", "@id", "@import",
        "@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@omitDefault", "@prefix", "@preserve",
        "@propagate", "@protected", "@requireAll", "@reverse", "@set", "@type", "@value", "@version", "@vocab",
    };

    public static bool IsKeyword(string? value) => value is not null && All.Contains(value);

    /// <summary>Whether the string looks like a keyword (<c>@</c> followed by ASCII letters only); such terms are ignored.</summary>
    public static bool HasKeywordForm(string value)
    {
        if (value.Length < 2 || value[0] != '@')
        {
            return false;
        }
        for (int i = 1; i < value.Length; i++)
        {
            if (!char.IsAsciiLetter(value[i]))
            {
                return false;
            }
        }
        return true;
    }

    public static bool IsBlankNodeId(string? value) => value is not null && value.StartsWith("_:", StringComparison.Ordinal);

    /// <summary>Whether the value is an absolute IRI (has a scheme); well-formedness is checked where RDF needs it.</summary>
    public static bool IsAbsoluteIri(string? value) => value is not null && KnowledgeGraph.Rdf.Iris.IriSyntax.HasScheme(value);

    /// <summary>The index of the first colon after the first character, or -1.</summary>
    public static int IndexOfColonAfterFirst(this string value) => value.Length < 2 ? -1 : value.IndexOf(':', 1);
}
