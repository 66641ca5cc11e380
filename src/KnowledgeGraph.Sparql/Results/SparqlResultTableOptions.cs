namespace KnowledgeGraph.Sparql.Results;

/// <summary>How <see cref="SparqlResultTableWriter"/> lays out a table.</summary>
public sealed record SparqlResultTableOptions
{
    /// <summary>Prefix to namespace IRI (for example <c>ex</c> → <c>http://example.org/</c>); IRIs under them are shown as prefixed names.</summary>
    public IReadOnlyDictionary<string, string> Prefixes { get; init; } = new Dictionary<string, string>();

    /// <summary>The widest a column may be, in characters; longer values are cut and end with an ellipsis. At least 4.</summary>
    public int MaxColumnWidth { get; init; } = 50;
}
