namespace KnowledgeGraph.Rdf.Formats;

/// <summary>Options for every <see cref="IRdfWriter"/>. Immutable; use <c>with</c> to change one.</summary>
public sealed record RdfWriterOptions
{
    /// <summary>Default options.</summary>
    public static RdfWriterOptions Default { get; } = new();

    /// <summary>Prefixes (without colon) and namespace IRIs that pretty formats may use; ignored by N-Triples/N-Quads.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Prefixes { get; init; } = [];

    /// <summary>A base IRI that pretty formats may declare and write IRIs relative to; null for none.</summary>
    public string? BaseIri { get; init; }

    /// <summary>
    /// For N-Triples and N-Quads: write canonical form (canonical escapes, lower-case language tags, statements sorted
    /// by code point, duplicates removed). Pretty formats sort subjects and predicates when set.
    /// </summary>
    public bool Canonical { get; init; }
}
