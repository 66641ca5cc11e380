namespace KnowledgeGraph.Linking.Wikidata;

/// <summary>Where the reconciler gets Wikidata's answers from.</summary>
public interface IWikidataSource
{
    /// <summary>Items whose label or alias matches <paramref name="text"/> (<c>wbsearchentities</c>).</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string text, CancellationToken cancellationToken = default);

    /// <summary>The items with these ids (<c>wbgetentities</c>); ids that do not exist are left out.</summary>
    Task<IReadOnlyList<WikidataItem>> GetItemsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
}
