namespace KnowledgeGraph.Linking.Reconciliation;

/// <summary>When the reconciler links, and when it only proposes. A wrong link is worse than a missing one, so the bar is high.</summary>
public sealed record ReconcilerOptions
{
    /// <summary>The score at or above which the best candidate is linked without review.</summary>
    public double AcceptThreshold { get; init; } = 0.9;

    /// <summary>How far the best candidate must lead the next one to be linked without review.</summary>
    public double Margin { get; init; } = 0.1;

    /// <summary>The score at or above which a candidate is listed for review.</summary>
    public double CandidateThreshold { get; init; } = 0.5;

    /// <summary>The most candidates listed for review per entity.</summary>
    public int MaxCandidates { get; init; } = 3;

    /// <summary>The most names of one entity searched for (the label first, then other names while nothing fits).</summary>
    public int MaxNamesSearched { get; init; } = 3;

    /// <summary>The date written on links and candidates.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);
}
