namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>A capitalised word or a group of initials ("E.H.") in a unit's text.</summary>
/// <param name="Start">The first character.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Text">The word as written.</param>
/// <param name="IsInitials">Whether it is one or more initials, each followed by a full stop.</param>
internal readonly record struct NameToken(int Start, int End, string Text, bool IsInitials)
{
    /// <summary>Whether every letter is a capital (a heading, an acronym).</summary>
    public bool IsAllCapitals => !IsInitials && Text.Any(char.IsLetter) && Text.Where(char.IsLetter).All(char.IsUpper);
}
