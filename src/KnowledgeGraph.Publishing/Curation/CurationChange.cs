namespace KnowledgeGraph.Publishing.Curation;

/// <summary>What one curation operation did to the graph, for the build's report.</summary>
/// <param name="Origin">Where the operation was written.</param>
/// <param name="Description">What it did, e.g. "merged &lt;person/x&gt; into &lt;person/y&gt;".</param>
/// <param name="StatementsChanged">Statements added, removed or rewritten; 0 means the operation found nothing to change (stale).</param>
public sealed record CurationChange(string Origin, string Description, int StatementsChanged)
{
    /// <summary>Whether the operation changed nothing, usually because the extractor no longer produces its target.</summary>
    public bool IsStale => StatementsChanged == 0;

    /// <inheritdoc/>
    public override string ToString() =>
        IsStale ? $"{File}: {Description}: nothing to change (stale?)" : $"{File}: {Description} ({StatementsChanged} statements)";

    /// <summary>The curation file the operation came from (the origin without the subject it was stated on).</summary>
    private string File => Origin.Split(": ", 2)[0];
}
