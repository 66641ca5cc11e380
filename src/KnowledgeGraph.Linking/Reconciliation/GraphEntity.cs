using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Linking.Reconciliation;

/// <summary>An entity of our graph as the reconciler sees it: its names and the evidence the graph holds about it.</summary>
/// <param name="Iri">The entity.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Label">Its preferred label.</param>
/// <param name="Names">The label and every other name the graph gives it.</param>
/// <param name="Years">Years the graph states (a work's publication year).</param>
/// <param name="Authors">A work's authors.</param>
/// <param name="CoMentioned">Entities mentioned in the same paragraphs or footnotes.</param>
public sealed record GraphEntity(Iri Iri, EntityKind Kind, string Label, IReadOnlyList<string> Names, IReadOnlyList<int> Years, IReadOnlyList<Iri> Authors, IReadOnlyList<Iri> CoMentioned);
