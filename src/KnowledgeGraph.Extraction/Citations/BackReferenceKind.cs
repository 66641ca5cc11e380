namespace KnowledgeGraph.Extraction.Citations;

/// <summary>How a reference points back to a work cited earlier, if it does.</summary>
public enum BackReferenceKind
{
    /// <summary>A full reference.</summary>
    None,
    /// <summary><i>Ibid.</i>: the work cited immediately before.</summary>
    Ibid,
    /// <summary><i>op. cit.</i>: the work by the named author (or with the named short title) cited before.</summary>
    OpCit,
    /// <summary><i>loc. cit.</i>: the same place in a work cited before.</summary>
    LocCit,
    /// <summary>A short form (author and short title) of a work cited before.</summary>
    ShortForm,
}
