namespace KnowledgeGraph.Extraction.Entities;

/// <summary>What a stated relation says.</summary>
public enum RelationKind
{
    /// <summary>The subject (a work) was written or made by the object (a person): "Krasnikov's biography of Kirov".</summary>
    Author,

    /// <summary>The subject (a person) belongs to or holds an office in the object (an organisation): "Kirov, the secretary of the Leningrad Party".</summary>
    MemberOf,

    /// <summary>The subject (a person) studied with the object (a person): "Engels, the student of Hegel".</summary>
    StudentOf,

    /// <summary>The subject (a person) is married to the object (a person): "Kirov's wife, Mary"; "Mary, the wife of Kirov".</summary>
    SpouseOf,

    /// <summary>The subject (a person) worked with the object (a person): "Bukharin, the colleague of Lenin".</summary>
    ColleagueOf,
}

/// <summary>A relation between two entities that the essay states in so many words, with the words as evidence.</summary>
/// <param name="Subject">The entity the relation is about.</param>
/// <param name="Kind">What the relation says.</param>
/// <param name="Object">The other entity.</param>
/// <param name="Unit">The paragraph or footnote that states it.</param>
/// <param name="Start">The first character of the stating words in the unit's reading-order text.</param>
/// <param name="End">One past their last character.</param>
/// <param name="Role">The office or role named, for membership ("general secretary"); null when none is named.</param>
public sealed record StatedRelation(ExtractedEntity Subject, RelationKind Kind, ExtractedEntity Object, TextUnit Unit, int Start, int End, string? Role)
{
    /// <summary>The stating words.</summary>
    public string Text => Unit.Content.Text[Start..End];
}
