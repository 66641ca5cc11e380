using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Server.Resources;

/// <summary>What the server says about one resource: its own statements, the statements pointing at it, and labels.</summary>
/// <param name="Resource">The described resource.</param>
/// <param name="Outgoing">Statements with the resource as subject, plus those about blank nodes it leads to.</param>
/// <param name="Incoming">Statements with the resource as object (capped; see <see cref="IncomingTruncated"/>).</param>
/// <param name="Labels">The labels of the resources these statements link to, so a reader need not fetch each one.</param>
/// <param name="IncomingTruncated">Whether more incoming statements exist than were included.</param>
public sealed record ResourceDescription(
    Iri Resource,
    IReadOnlyList<Quad> Outgoing,
    IReadOnlyList<Quad> Incoming,
    IReadOnlyList<Quad> Labels,
    bool IncomingTruncated)
{
    /// <summary>Whether the dataset says anything about the resource.</summary>
    public bool IsEmpty => Outgoing.Count == 0 && Incoming.Count == 0;

    /// <summary>Every statement of the description, each once.</summary>
    public IEnumerable<Quad> All => Outgoing.Concat(Incoming).Concat(Labels).Distinct();
}
