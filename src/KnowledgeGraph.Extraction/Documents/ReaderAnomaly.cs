namespace KnowledgeGraph.Extraction.Documents;

/// <summary>Something the reader noticed in the input, with where it is.</summary>
/// <param name="Kind">What kind of trouble.</param>
/// <param name="Location">Line and column in the source.</param>
/// <param name="Message">A sentence for the user.</param>
public sealed record ReaderAnomaly(AnomalyKind Kind, SourceLocation Location, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Location}: {Kind}: {Message}";
}
