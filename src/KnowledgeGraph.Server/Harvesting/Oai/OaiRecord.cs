using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Server.Harvesting.Oai;

/// <summary>One harvestable record: a typed resource under the dataset's base IRI, with its statements.</summary>
/// <param name="Resource">The resource; its IRI is the record's OAI identifier.</param>
/// <param name="Types">Its <c>rdf:type</c>s, which decide the sets it belongs to.</param>
/// <param name="Statements">Its description (outgoing statements and labels of what it links to).</param>
internal sealed record OaiRecord(Iri Resource, IReadOnlyList<Iri> Types, IReadOnlyList<Quad> Statements);
