using KnowledgeGraph.Extraction.Documents;
using KnowledgeGraph.Linking.Linksets;

namespace KnowledgeGraph.Publishing;

/// <summary>What a build produced.</summary>
/// <param name="ClassCounts">Instances per class (by rdf:type, compact names), largest first.</param>
/// <param name="StatementCount">Distinct statements in the union graph.</param>
/// <param name="Anomalies">What the reader and the resolver noticed, per essay file.</param>
/// <param name="Validation">The validation outcome.</param>
/// <param name="Files">The dump files written.</param>
/// <param name="Curation">What each curation operation changed, in the order applied (empty when curation is off).</param>
public sealed record BuildResult(
    IReadOnlyList<KeyValuePair<string, int>> ClassCounts,
    int StatementCount,
    IReadOnlyList<(string File, ReaderAnomaly Anomaly)> Anomalies,
    ValidationOutcome Validation,
    IReadOnlyList<string> Files,
    IReadOnlyList<Curation.CurationChange> Curation)
{
    /// <summary>What merging the Wikidata linkset did (published, stale and rejected links); null when no linkset was given.</summary>
    public LinkMerge? Links { get; init; }
}
