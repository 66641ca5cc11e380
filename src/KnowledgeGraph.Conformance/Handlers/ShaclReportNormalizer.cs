using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Shacl;

namespace KnowledgeGraph.Conformance.Handlers;

/// <summary>
/// The part of a SHACL validation report that the test suite compares: the sh:ValidationReport node with
/// sh:conforms and its sh:result nodes, each with rdf:type, sh:focusNode, sh:resultPath, sh:resultSeverity,
/// sh:sourceConstraintComponent, sh:sourceShape and sh:value. Messages (sh:resultMessage), sh:sourceConstraint and
/// sh:detail are left out, as the suite does not require them. Complex result paths are copied as trees with fresh
/// blank nodes for each result, because a report may share path nodes (between results, or within one path) where
/// the expected report spells the path out again.
/// </summary>
public static class ShaclReportNormalizer
{
    private static readonly Iri[] Kept = [Sh.FocusNode, Sh.ResultSeverity, Sh.SourceConstraintComponent, Sh.SourceShape, Sh.Value];
    private static readonly Iri[] PathPredicates =
    [
        RdfVocab.First, RdfVocab.Rest, Sh.Term("inversePath"), Sh.Term("alternativePath"),
        Sh.Term("zeroOrMorePath"), Sh.Term("oneOrMorePath"), Sh.Term("zeroOrOnePath"),
    ];

    /// <summary>The normalised report rooted at <paramref name="report"/> in <paramref name="graph"/>, as quads.</summary>
    public static List<Quad> Normalize(ManifestGraph graph, Term report)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(report);
        var quads = new List<Quad>();
        var root = BlankNode.CreateUnique();
        quads.Add(new Quad(root, RdfVocab.Type, Sh.ValidationReport, null));
        foreach (Term conforms in graph.Objects(report, Sh.Conforms))
        {
            bool value = conforms is Literal { LexicalForm: "true" or "1" };
            quads.Add(new Quad(root, Sh.Conforms, Literal.Typed(value ? "true" : "false", Xsd.Boolean), null));
        }
        foreach (Term result in graph.Objects(report, Sh.Result))
        {
            var node = BlankNode.CreateUnique();
            quads.Add(new Quad(root, Sh.Result, node, null));
            quads.Add(new Quad(node, RdfVocab.Type, Sh.ValidationResult, null));
            foreach (Iri predicate in Kept)
            {
                foreach (Term value in graph.Objects(result, predicate))
                {
                    quads.Add(new Quad(node, predicate, value, null));
                }
            }
            foreach (Term path in graph.Objects(result, Sh.ResultPath))
            {
                quads.Add(new Quad(node, Sh.ResultPath, CopyPath(graph, path, quads, 0), null));
            }
        }
        return quads;
    }

    /// <summary>Copies the path as a tree: a path node used twice (<c>( _:p _:p )</c>) is spelled out twice, as a reader of the path would.</summary>
    private static Term CopyPath(ManifestGraph graph, Term node, List<Quad> into, int depth)
    {
        if (node is not BlankNode || depth > 64)
        {
            return node;
        }
        var copy = BlankNode.CreateUnique();
        foreach (Iri predicate in PathPredicates)
        {
            foreach (Term value in graph.Objects(node, predicate))
            {
                into.Add(new Quad(copy, predicate, CopyPath(graph, value, into, depth + 1), null));
            }
        }
        return copy;
    }
}
