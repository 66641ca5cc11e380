namespace KnowledgeGraph.Linking.Wikidata;

/// <summary>One result of <c>wbsearchentities</c>.</summary>
/// <param name="Id">The item id.</param>
/// <param name="Label">Its label.</param>
/// <param name="Description">Its description.</param>
/// <param name="MatchedText">The label or alias the search matched.</param>
public sealed record SearchHit(string Id, string? Label, string? Description, string? MatchedText);
