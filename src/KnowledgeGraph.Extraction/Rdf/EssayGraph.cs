using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Extraction.Rdf;

/// <summary>
/// The RDF an essay yields: statements in named graphs (one for the essay's structure, one per footnote, one for the
/// descriptions of the cited works and agents) and, in the default graph, the provenance of each named graph.
/// </summary>
/// <param name="Essay">The essay's IRI.</param>
/// <param name="Quads">All statements.</param>
public sealed record EssayGraph(Iri Essay, IReadOnlyList<Quad> Quads)
{
    /// <summary>The statements with graph names dropped and duplicates removed (the union graph).</summary>
    public IEnumerable<Quad> Union() => Quads.Select(q => q with { Graph = null }).Distinct();
}
