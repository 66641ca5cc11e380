namespace KnowledgeGraph.Linking.Reconciliation;

/// <summary>The kinds of entity the reconciler links, in the order it links them (works last, so their authors are linked first).</summary>
public enum EntityKind
{
    /// <summary>kgo:Person.</summary>
    Person,

    /// <summary>kgo:Organization.</summary>
    Organization,

    /// <summary>kgo:Place.</summary>
    Place,

    /// <summary>kgo:Event.</summary>
    Event,

    /// <summary>kgo:Work.</summary>
    Work,
}
