using KnowledgeGraph.Linking.Linksets;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Linking.Reconciliation;

/// <summary>What a reconciliation run found.</summary>
/// <param name="Links">Links accepted automatically (above the threshold, with a clear lead).</param>
/// <param name="Candidates">Candidates for review (pending), for entities with no clear winner.</param>
/// <param name="Errors">Entities whose answers could not be read, with the reason; the run went on without them.</param>
/// <param name="Examined">Entities looked up.</param>
/// <param name="Unavailable">Why the run stopped early because Wikidata did not answer; null when it ran to the end.</param>
public sealed record ReconciliationReport(
    IReadOnlyList<EntityLink> Links,
    IReadOnlyList<EntityLink> Candidates,
    IReadOnlyList<(Iri Entity, string Reason)> Errors,
    int Examined,
    string? Unavailable);
