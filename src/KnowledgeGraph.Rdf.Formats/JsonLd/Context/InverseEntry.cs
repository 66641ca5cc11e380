namespace KnowledgeGraph.Rdf.Formats.JsonLd.Context;

/// <summary>One container's entry in the <see cref="InverseContext"/>: terms by language, by type, and for any value.</summary>
internal sealed class InverseEntry
{
    public Dictionary<string, string> Language { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Type { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Any { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> For(string typeOrLanguage) => typeOrLanguage switch
    {
        "@language" => Language,
        "@type" => Type,
        _ => Any,
    };
}
