namespace KnowledgeGraph.Linking.Linksets;

/// <summary>Where a link stands in review.</summary>
public enum ReviewStatus
{
    /// <summary>Published.</summary>
    Accepted,

    /// <summary>Never published, whatever a linkset says.</summary>
    Rejected,

    /// <summary>A candidate waiting for a decision; not published.</summary>
    Pending,
}
