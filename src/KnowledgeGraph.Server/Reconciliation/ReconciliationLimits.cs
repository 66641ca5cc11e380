namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>The bounds of the reconciliation service, stated in its manifest, so no request can make it work without end.</summary>
internal static class ReconciliationLimits
{
    /// <summary>The most queries in one batch (the manifest's <c>batchSize</c>).</summary>
    public const int BatchSize = 50;

    /// <summary>The candidates a query gets when it does not say.</summary>
    public const int DefaultLimit = 5;

    /// <summary>The most candidates a query or a suggestion may ask for.</summary>
    public const int MaxLimit = 50;

    /// <summary>The longest name a query may look for, in characters.</summary>
    public const int MaxQueryLength = 500;

    /// <summary>The most words of a queried name compared (names have far fewer; this bounds the work of a long query).</summary>
    public const int MaxWords = 20;

    /// <summary>The most entities scored for one query; far above what an essay's graph gives, it bounds the work on a large one.</summary>
    public const int MaxCandidates = 5000;

    /// <summary>The most property conditions (and values per condition) one query may carry.</summary>
    public const int MaxProperties = 20;

    /// <summary>The largest request body read, in bytes.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>Candidates scored below this (0–100) are left out as noise.</summary>
    public const double MinScore = 30;
}
