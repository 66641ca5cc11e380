namespace KnowledgeGraph.Linking.Reconciliation;

/// <summary>A scored Wikidata item for one of our entities.</summary>
/// <param name="Id">The item id.</param>
/// <param name="Label">Its label.</param>
/// <param name="Description">Its description.</param>
/// <param name="Score">The score, from 0 to 1.</param>
/// <param name="Evidence">What made the score, for the reviewer.</param>
public sealed record Candidate(string Id, string? Label, string? Description, double Score, string Evidence);
