using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>Who cited whom in one essay: the distinct works and every act of citing them.</summary>
/// <param name="Works">The distinct works, containers included, in order of first appearance.</param>
/// <param name="Acts">The citation acts in text order (footnotes, then running text).</param>
/// <param name="Anomalies">Back-references that could not be resolved, or only to a later citation.</param>
public sealed record CitationGraph(IReadOnlyList<CitedWork> Works, IReadOnlyList<CitationAct> Acts, IReadOnlyList<ReaderAnomaly> Anomalies);
