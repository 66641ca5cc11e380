namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>One reconciliation query of a batch, whatever shape (0.2 or 1.0-draft) it came in.</summary>
/// <param name="Text">The name to look for (may be empty when property conditions alone identify the entity).</param>
/// <param name="Types">Type IRIs; an entity must have one of them. Empty for any type.</param>
/// <param name="Limit">The most candidates to return.</param>
/// <param name="Properties">Property conditions that raise the score of entities having the values.</param>
internal sealed record ReconciliationQuery(string Text, IReadOnlyList<string> Types, int Limit, IReadOnlyList<PropertyCondition> Properties);

/// <summary>A property condition: the entity should have one of <paramref name="Values"/> for <paramref name="Pid"/>.</summary>
/// <param name="Pid">The property: an IRI, a prefixed name (<c>skos:exactMatch</c>) or <c>wikidata</c>.</param>
/// <param name="Values">The values (strings; entity values given as <c>{"id": …}</c> contribute their id).</param>
internal sealed record PropertyCondition(string Pid, IReadOnlyList<string> Values);
