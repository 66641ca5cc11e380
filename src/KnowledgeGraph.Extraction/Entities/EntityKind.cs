namespace KnowledgeGraph.Extraction.Entities;

/// <summary>What kind of real-world thing an entity is.</summary>
public enum EntityKind
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organisation: a party, a state organ, a police force, an army, a journal acting as an agent.</summary>
    Organization,

    /// <summary>A place.</summary>
    Place,

    /// <summary>A named event or dated happening.</summary>
    Event,

    /// <summary>A work named in the running text.</summary>
    Work,
}
