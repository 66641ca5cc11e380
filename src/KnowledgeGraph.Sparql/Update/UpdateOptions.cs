using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Sparql.Update;

/// <summary>Settings for one update request.</summary>
public sealed record UpdateOptions
{
    /// <summary>
    /// Whether LOAD may read documents. Off by default, so an update request from an untrusted source cannot read
    /// files; even when on, only local <c>file:</c> IRIs are read (there is no network access in this milestone).
    /// </summary>
    public bool AllowLoad { get; init; }

    /// <summary>The formats LOAD may read, chosen by the file's extension.</summary>
    public RdfFormatRegistry Formats { get; init; } = RdfFormatRegistry.Default;

    /// <summary>The longest time the whole request may take, or null for no limit.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Cancels the request; nothing is committed when it is cancelled.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>The moment NOW() returns during the request, or null for the current time.</summary>
    public DateTimeOffset? Now { get; init; }
}
