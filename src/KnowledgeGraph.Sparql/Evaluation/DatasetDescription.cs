using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// A query's RDF dataset (section 13.2, FROM / FROM NAMED). When it is given, the default graph is the merge of
/// <see cref="DefaultGraphs"/> (empty if none) and the named graphs are exactly <see cref="NamedGraphs"/>.
/// </summary>
/// <param name="DefaultGraphs">The graphs merged into the default graph (FROM).</param>
/// <param name="NamedGraphs">The named graphs (FROM NAMED).</param>
public sealed record DatasetDescription(IReadOnlyList<Iri> DefaultGraphs, IReadOnlyList<Iri> NamedGraphs);
