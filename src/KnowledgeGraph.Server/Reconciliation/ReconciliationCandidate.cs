namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>A candidate answer to a reconciliation query.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Score">How well it matches, 0 to 100.</param>
/// <param name="Match">Whether the service is confident enough for a client to accept it without review.</param>
internal sealed record ReconciliationCandidate(IndexedEntity Entity, double Score, bool Match);
