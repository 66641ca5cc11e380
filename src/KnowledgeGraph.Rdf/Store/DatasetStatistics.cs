namespace KnowledgeGraph.Rdf.Store;

/// <summary>
/// Counts a query planner uses to order joins. Values describe one snapshot exactly.
/// </summary>
public sealed class DatasetStatistics
{
    /// <summary>Creates statistics.</summary>
    /// <param name="quadCount">Total quads in all graphs.</param>
    /// <param name="graphQuadCounts">Quads per graph; the key <see cref="TermId.DefaultGraph"/> is the default graph (present only when non-empty).</param>
    /// <param name="predicateCounts">Quads per predicate id, over all graphs.</param>
    /// <param name="distinctSubjects">Distinct subject ids over all graphs.</param>
    /// <param name="distinctObjects">Distinct object ids over all graphs.</param>
    public DatasetStatistics(
        long quadCount,
        IReadOnlyDictionary<TermId, long> graphQuadCounts,
        IReadOnlyDictionary<TermId, long> predicateCounts,
        long distinctSubjects,
        long distinctObjects)
    {
        ArgumentNullException.ThrowIfNull(graphQuadCounts);
        ArgumentNullException.ThrowIfNull(predicateCounts);
        QuadCount = quadCount;
        GraphQuadCounts = graphQuadCounts;
        PredicateCounts = predicateCounts;
        DistinctSubjects = distinctSubjects;
        DistinctObjects = distinctObjects;
    }

    /// <summary>Total quads in all graphs.</summary>
    public long QuadCount { get; }

    /// <summary>Quads per graph (default graph under <see cref="TermId.DefaultGraph"/>); empty graphs are absent.</summary>
    public IReadOnlyDictionary<TermId, long> GraphQuadCounts { get; }

    /// <summary>Quads per predicate id over all graphs.</summary>
    public IReadOnlyDictionary<TermId, long> PredicateCounts { get; }

    /// <summary>Distinct subjects over all graphs.</summary>
    public long DistinctSubjects { get; }

    /// <summary>Distinct objects over all graphs.</summary>
    public long DistinctObjects { get; }
}
