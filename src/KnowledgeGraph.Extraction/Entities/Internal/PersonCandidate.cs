namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>A capitalised word or name a rule is still deciding about.</summary>
internal sealed class PersonCandidate(TextUnit unit, int start, int end, string name, int tokens)
{
    public TextUnit Unit { get; } = unit;

    public int Start { get; } = start;

    public int End { get; } = end;

    public string Name { get; } = name;

    public int Tokens { get; } = tokens;

    public string? Evidence { get; set; }

    /// <summary>Whether the words before it make it look like a place ("in X", "the X").</summary>
    public bool PlaceLike { get; init; }

    public bool IsPerson => Evidence is not null;

    public EntityMention ToMention() => new(Unit, Start, End, EntityKind.Person, Name, Evidence!);
}
