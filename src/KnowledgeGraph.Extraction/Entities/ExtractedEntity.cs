namespace KnowledgeGraph.Extraction.Entities;

/// <summary>One real-world entity: every mention that names it, merged by coreference.</summary>
public sealed class ExtractedEntity
{
    internal ExtractedEntity(EntityKind kind, string label, IReadOnlyList<EntityMention> mentions, IReadOnlyList<string> variants)
    {
        Kind = kind;
        Label = label;
        Mentions = mentions;
        Variants = variants;
    }

    /// <summary>The kind, decided from all mentions.</summary>
    public EntityKind Kind { get; }

    /// <summary>The canonical label: the fullest form seen.</summary>
    public string Label { get; }

    /// <summary>The mentions in reading order (may be empty for a person known only from a reference's author field).</summary>
    public IReadOnlyList<EntityMention> Mentions { get; }

    /// <summary>For an event, the year the essay dates it to (in its name, "the 1932 famine", or right after a mention, "the thaw of 1956"); null when it does not say.</summary>
    public int? Year { get; internal init; }

    /// <summary>The mention whose words state <see cref="Year"/>.</summary>
    public EntityMention? YearEvidence { get; internal init; }

    /// <summary>Every distinct name form seen.</summary>
    public IReadOnlyList<string> Variants { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Label} [{string.Join(" | ", Variants)}] ×{Mentions.Count}";
}
