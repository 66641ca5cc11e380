namespace KnowledgeGraph.Extraction.Citations;

/// <summary>One distinct cited work, however many times it is cited: its bibliographic description merged from its references.</summary>
public sealed class CitedWork
{
    internal CitedWork(int id, string key, ReferenceKind kind)
    {
        Id = id;
        Key = key;
        Kind = kind;
    }

    /// <summary>A number unique within one extraction, in order of first appearance.</summary>
    public int Id { get; }

    /// <summary>The identity key the work was merged under (normalised title, or author and container).</summary>
    public string Key { get; }

    /// <summary>The kind of work.</summary>
    public ReferenceKind Kind { get; internal set; }

    /// <summary>Authors.</summary>
    public List<PersonName> Authors { get; } = [];

    /// <summary>Editors.</summary>
    public List<PersonName> Editors { get; } = [];

    /// <summary>Translators.</summary>
    public List<PersonName> Translators { get; } = [];

    /// <summary>The title, or null when the references never give one (a contribution known only by its author).</summary>
    public string? Title { get; internal set; }

    /// <summary>The periodical or volume it is part of.</summary>
    public CitedWork? PartOf { get; internal set; }

    /// <summary>Volume.</summary>
    public string? Volume { get; internal set; }

    /// <summary>Issue.</summary>
    public string? Issue { get; internal set; }

    /// <summary>Place of publication.</summary>
    public string? Place { get; internal set; }

    /// <summary>Publisher.</summary>
    public string? Publisher { get; internal set; }

    /// <summary>Year of publication.</summary>
    public string? Year { get; internal set; }

    /// <summary>The references that describe the work in full (not back-references), in text order.</summary>
    public List<ParsedReference> Descriptions { get; } = [];

    /// <summary>A human label: the title, or a description of an untitled contribution.</summary>
    public string Label => Title
        ?? (Authors.Count > 0 && PartOf is not null
            ? $"Contribution by {string.Join(" and ", Authors.Select(a => a.Text))} in {PartOf.Label}"
            : PartOf is not null ? $"Item in {PartOf.Label}" + (Year is null ? "" : $" ({Year})") : $"Untitled work {Id}");

    /// <inheritdoc/>
    public override string ToString() => $"W{Id} {Kind} {Label}";
}
